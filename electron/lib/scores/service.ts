/**
 * The main process's score service: opens the SQLite store in the user-data folder (checking
 * it and restoring a backup if it is damaged), serves it on the scores IPC channels, and closes
 * it with a final backup when the app quits. `electron/main.ts` only calls this.
 */
import type { StartupReport } from '../../../src/storage/scores/port.ts';
import type { HandleOptions, IpcMainLike } from '../ipc.ts';
import { registerScoreIpc } from './ipc.ts';
import { createSqliteScoresPort } from './sqlite-port.ts';
import { openScoreStore } from './sqlite-store.ts';

/** What the service needs from the shell. */
export interface ScoresServiceOptions {
  readonly ipcMain: IpcMainLike;
  /** The user-data folder (`app.getPath('userData')`). */
  readonly directory: string;
  readonly isTrustedSender: HandleOptions['isTrustedSender'];
  /** The main process log. */
  readonly log: (message: string, detail?: unknown) => void;
}

/** A running score service. */
export interface ScoresService {
  /** How opening went; the game shows it to the player when something was restored. */
  readonly startupReport: StartupReport;
  /** Makes a last backup and closes the database (call on `will-quit`). */
  close(): void;
}

/** Opens the store and registers its channels. Throws only if the folder cannot be used at all. */
export function startScoresService(options: ScoresServiceOptions): ScoresService {
  const { log } = options;
  const store = openScoreStore({
    directory: options.directory,
    onBackupError: (error) => log('scores backup failed', error),
  });
  const report = store.startupReport;
  if (report.status === 'restored' || report.status === 'reset') log(report.message);
  registerScoreIpc(options.ipcMain, createSqliteScoresPort(store), {
    isTrustedSender: options.isTrustedSender,
    onError: (channel, error) => log(`IPC ${channel} failed`, error),
  });
  let open = true;
  return {
    startupReport: report,
    close() {
      if (!open) return;
      open = false;
      try {
        store.close();
      } catch (error) {
        log('closing the scores database failed', error);
      }
    },
  };
}
