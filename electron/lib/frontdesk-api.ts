/**
 * Builds the `window.frontDesk` object on top of an invoke function. Kept apart from the preload
 * script (which only wires Electron in) so it runs under plain Node in tests.
 */
import type { FrontDeskApi } from '../../src/storage/desktop-api.ts';
import { createLevelsApi, type Subscribe } from '../../src/storage/levels-api.ts';
import { createScoresApi } from '../../src/storage/scores/api.ts';
import { IPC_CHANNELS } from './channels.ts';
import { unwrapIpcResult } from './ipc-result.ts';

/** `ipcRenderer.invoke`, or a fake of it. */
export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;

/** Never any events: for tests of the request side only. */
const NO_EVENTS: Subscribe = () => () => undefined;

/**
 * The bridge API: every call is one invoke on a fixed channel, answers unwrapped; events from
 * the main process arrive through `subscribe` (the preload's `ipcRenderer.on`), payload only.
 */
export function createFrontDeskApi(invoke: Invoke, subscribe: Subscribe = NO_EVENTS): FrontDeskApi {
  return {
    platform: 'desktop',
    settings: {
      load: async () => unwrapIpcResult(await invoke(IPC_CHANNELS.settingsLoad)),
      save: async (settings) => {
        unwrapIpcResult(await invoke(IPC_CHANNELS.settingsSave, settings));
      },
    },
    app: {
      quit: () => {
        invoke(IPC_CHANNELS.appQuit).catch(() => undefined);
      },
    },
    // One payload per scores call; the reply envelope is checked again by the renderer's port.
    levels: createLevelsApi(async (channel) => unwrapIpcResult(await invoke(channel)), subscribe),
    scores: createScoresApi(async (channel, payload) =>
      unwrapIpcResult(await invoke(channel, payload)),
    ),
  };
}
