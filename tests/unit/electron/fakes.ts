/**
 * Stand-ins for the Electron objects the shell's modules accept as structural interfaces.
 */
import type { InvokeEventLike, IpcMainLike, SenderFrameLike } from '../../../electron/lib/ipc.ts';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => unknown;

/** An `ipcMain` that records handlers and lets a test invoke them. */
export interface FakeIpcMain extends IpcMainLike {
  readonly channels: () => string[];
  invoke(channel: string, event: InvokeEventLike, ...args: unknown[]): Promise<unknown>;
}

/** Creates a fresh fake `ipcMain`. */
export function fakeIpcMain(): FakeIpcMain {
  const handlers = new Map<string, Listener>();
  return {
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    channels: () => [...handlers.keys()],
    async invoke(channel, event, ...args) {
      const handler = handlers.get(channel);
      if (handler === undefined) throw new Error(`no handler for ${channel}`);
      return handler(event, ...args);
    },
  };
}

/** A top-level frame showing `url`. */
export function topFrame(url: string): SenderFrameLike {
  return { url, parent: null };
}

/** A frame showing `url` embedded in a page of `parentUrl`. */
export function subFrame(url: string, parentUrl: string): SenderFrameLike {
  return { url, parent: topFrame(parentUrl) };
}

/** An invoke event from `frame` in the web contents with id `contentsId`. */
export function invokeEvent(frame: SenderFrameLike | null, contentsId = 1): InvokeEventLike {
  return { senderFrame: frame, sender: { id: contentsId } };
}
