/**
 * The main process's levels service: the user's levels folder in the data folder, served on
 * the levels IPC channels (list, import through a file dialog, open in the file manager) and
 * watched, so every change reaches the game at once. `electron/main.ts` passes in the few
 * Electron calls it needs, which keeps this module testable under Node.
 */
import { z } from 'zod';
import { LEVELS_CHANNELS, LEVELS_EVENTS } from '../../../src/storage/levels-api.ts';
import { handleValidated, type HandleOptions, type IpcMainLike } from '../ipc.ts';
import { ensureLevelsFolder, importLevelFile, listLevelFiles } from './folder.ts';
import { watchFolder, type FolderWatch } from './watch.ts';

/** What the service needs from the shell. */
export interface LevelsServiceOptions {
  readonly ipcMain: IpcMainLike;
  /** The user-data folder (`app.getPath('userData')`). */
  readonly userData: string;
  readonly isTrustedSender: HandleOptions['isTrustedSender'];
  /** Asks the player for a `.json` file (`dialog.showOpenDialog`); `null` when cancelled. */
  readonly chooseFile: () => Promise<string | null>;
  /** Opens a folder in the file manager (`shell.openPath`); resolves to an error text or `''`. */
  readonly openPath: (folder: string) => Promise<string>;
  /** Sends an event to the game window, if it exists. */
  readonly send: (channel: string, payload?: unknown) => void;
  readonly log: (message: string, detail?: unknown) => void;
  /** Quiet time before a burst of folder changes is reported (tests shorten it). */
  readonly debounceMs?: number;
}

/** A running levels service. */
export interface LevelsService {
  /** Absolute path of the levels folder. */
  readonly folder: string;
  /** The menu's "Open levels folder". */
  openFolder(): Promise<void>;
  /** The menu's "Import level…": the game runs the import so it can show the outcome. */
  requestImport(): void;
  close(): void;
}

/** Creates the folder, registers the channels and starts watching. */
export async function startLevelsService(options: LevelsServiceOptions): Promise<LevelsService> {
  const { log, send } = options;
  const folder = await ensureLevelsFolder(options.userData);
  const handleOptions: HandleOptions = {
    isTrustedSender: options.isTrustedSender,
    onError: (channel, error) => log(`IPC ${channel} failed`, error),
  };
  const publish = () => {
    listLevelFiles(folder).then(
      (files) => send(LEVELS_EVENTS.changed, files),
      (error: unknown) => log('listing the levels folder failed', error),
    );
  };
  const openFolder = async () => {
    const problem = await options.openPath(folder);
    if (problem !== '') log(`cannot open the levels folder: ${problem}`);
  };
  const none = z.undefined();
  handleValidated(
    options.ipcMain,
    LEVELS_CHANNELS.list,
    none,
    () => listLevelFiles(folder),
    handleOptions,
  );
  handleValidated(options.ipcMain, LEVELS_CHANNELS.openFolder, none, openFolder, handleOptions);
  handleValidated(
    options.ipcMain,
    LEVELS_CHANNELS.import,
    none,
    async () => {
      // The path comes from the dialog in this process, never from the page.
      const source = await options.chooseFile();
      if (source === null) return { ok: false, cancelled: true } as const;
      const result = await importLevelFile(source, folder);
      if (result.ok) publish(); // at once, without waiting for the watcher
      return result;
    },
    handleOptions,
  );
  const watch: FolderWatch = watchFolder(folder, publish, {
    ...(options.debounceMs === undefined ? {} : { debounceMs: options.debounceMs }),
    onError: (error) => log('watching the levels folder failed', error),
  });
  return {
    folder,
    openFolder,
    requestImport: () => send(LEVELS_EVENTS.menuImport),
    close: () => watch.close(),
  };
}
