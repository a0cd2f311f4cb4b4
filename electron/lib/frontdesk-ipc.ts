/**
 * The shell's IPC surface: exactly the channels behind `window.frontDesk`, each validated.
 */
import { z } from 'zod';
import { SettingsSchema, type Settings } from '../../src/storage/settings.ts';
import { IPC_CHANNELS } from './channels.ts';
import { handleValidated, type InvokeEventLike, type IpcMainLike } from './ipc.ts';
import type { JsonFileStore } from './json-file-store.ts';

/** What the handlers need from the rest of the shell. */
export interface FrontDeskIpcDeps {
  readonly ipcMain: IpcMainLike;
  readonly settingsStore: Pick<JsonFileStore<Settings>, 'read' | 'write'>;
  readonly isTrustedSender: (event: InvokeEventLike) => boolean;
  readonly quit: () => void;
  /** Where restores and failures are reported (the main process log). */
  readonly log: (message: string, detail?: unknown) => void;
}

/** Registers the settings and app channels. */
export function registerFrontDeskIpc(deps: FrontDeskIpcDeps): void {
  const options = {
    isTrustedSender: deps.isTrustedSender,
    onError: (channel: string, error: unknown) => deps.log(`IPC ${channel} failed`, error),
  };
  const noPayload = z.undefined();

  handleValidated(
    deps.ipcMain,
    IPC_CHANNELS.settingsLoad,
    noPayload,
    async () => {
      const result = await deps.settingsStore.read();
      if (result.problems.length > 0) {
        deps.log(`settings read from ${result.source}`, result.problems);
      }
      return result.value;
    },
    options,
  );
  handleValidated(
    deps.ipcMain,
    IPC_CHANNELS.settingsSave,
    SettingsSchema,
    async (settings) => {
      await deps.settingsStore.write(settings);
    },
    options,
  );
  handleValidated(deps.ipcMain, IPC_CHANNELS.appQuit, noPayload, () => deps.quit(), options);
}
