/**
 * Validated IPC handlers. Every channel the renderer can reach goes through `handleValidated`,
 * which refuses senders that are not the game's own top-level page and parses the payload with
 * Zod before the handler sees it. Electron objects come in as small structural interfaces so the
 * checks run under plain Node in tests.
 */
import type { ZodType } from 'zod';
import { isAppUrl } from './app-origin.ts';
import type { IpcIssue, IpcResult } from './ipc-result.ts';

/** The part of Electron's `WebFrameMain` the sender check reads. */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: SenderFrameLike | null;
}

/** The part of Electron's `IpcMainInvokeEvent` the helpers read. */
export interface InvokeEventLike {
  /** `null` once the frame navigated away or was destroyed. */
  readonly senderFrame: SenderFrameLike | null;
  readonly sender: { readonly id: number };
}

/** The part of Electron's `ipcMain` the helpers use. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
}

/** Policy and reporting hooks for `handleValidated`. */
export interface HandleOptions {
  /** Decides whether the event comes from a frame allowed to use this channel. */
  readonly isTrustedSender: (event: InvokeEventLike) => boolean;
  /** Receives handler failures, which the renderer only sees as a generic `failed`. */
  readonly onError?: (channel: string, error: unknown) => void;
}

/** Most issues a refusal lists; a hostile payload should not make the answer huge. */
const MAX_ISSUES = 10;

/**
 * Whether a frame is the top-level document of the game's own origin.
 * Subframes are refused even on our origin: the game never embeds frames, so one is a red flag.
 */
export function isAppTopFrame(frame: SenderFrameLike | null): boolean {
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

/**
 * A sender check for the shell's window: the event must come from the top frame of the app
 * origin inside the web contents `windowContentsId()` names (`null` while no window exists).
 */
export function trustedSenderFor(
  windowContentsId: () => number | null,
): (event: InvokeEventLike) => boolean {
  return (event) => event.sender.id === windowContentsId() && isAppTopFrame(event.senderFrame);
}

/**
 * Registers `handler` for `channel` behind the sender check and payload validation.
 * The handler receives the parsed payload (the invoke's single argument); whatever it returns
 * is wrapped as `{ ok: true, value }`, and anything it throws becomes `{ ok: false, code: 'failed' }`.
 */
export function handleValidated<T, R>(
  ipcMain: IpcMainLike,
  channel: string,
  schema: ZodType<T>,
  handler: (payload: T, event: InvokeEventLike) => R | Promise<R>,
  options: HandleOptions,
): void {
  ipcMain.handle(channel, async (event, ...args): Promise<IpcResult<R>> => {
    if (!options.isTrustedSender(event)) {
      return { ok: false, error: { code: 'untrusted-sender', message: 'sender not allowed' } };
    }
    if (args.length > 1) {
      return { ok: false, error: { code: 'invalid-payload', message: 'expected one argument' } };
    }
    const parsed = schema.safeParse(args[0]);
    if (!parsed.success) {
      const issues: IpcIssue[] = parsed.error.issues.slice(0, MAX_ISSUES).map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      }));
      return { ok: false, error: { code: 'invalid-payload', message: 'payload rejected', issues } };
    }
    try {
      return { ok: true, value: await handler(parsed.data, event) };
    } catch (error) {
      options.onError?.(channel, error);
      return { ok: false, error: { code: 'failed', message: 'request failed' } };
    }
  });
}
