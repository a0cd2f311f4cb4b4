/**
 * The desktop scores database (`scores.db` in the user data folder): opening it safely, running
 * every write as one durable transaction, and keeping rolling backups. On start-up a damaged or
 * missing file is detected, moved aside (never deleted) and replaced by the newest good backup;
 * what happened is returned as a `StartupReport` so the game can tell the player.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type { StartupReport } from '../../../src/storage/scores/port.ts';
import { backupPaths, writeRollingBackup } from './backup.ts';
import { recoverDatabase } from './recovery.ts';

/** Default file name inside the data folder. */
export const SCORES_FILE_NAME = 'scores.db';
/** Default minimum time between two automatic backups. */
export const DEFAULT_BACKUP_INTERVAL_MS = 5 * 60 * 1000;

/** Options for {@link openScoreStore}. */
export interface ScoreStoreOptions {
  /** Folder holding the database and its backups (Electron: `app.getPath('userData')`). */
  readonly directory: string;
  readonly fileName?: string;
  /** A write makes a backup if the last one is at least this old (default 5 minutes). */
  readonly backupIntervalMs?: number;
  readonly now?: () => Date;
  /** Told about a failed backup; the write that triggered it has still succeeded. */
  readonly onBackupError?: (error: unknown) => void;
}

/** An open scores database. Not safe to share between processes: the main process owns it. */
export interface SqliteScoreStore {
  /** Absolute path of the database file. */
  readonly path: string;
  /** How opening went. */
  readonly startupReport: StartupReport;
  /** Runs `work` on a consistent snapshot (a read transaction). */
  read<T>(work: (db: DatabaseSync) => T): T;
  /** Runs `work` in `BEGIN IMMEDIATE` ... `COMMIT`; rolled back entirely if it throws. */
  write<T>(work: (db: DatabaseSync) => T): T;
  /** Writes a rolling backup now; returns its path. */
  backupNow(): string;
  /** Backs up unsaved-to-backup changes, then closes the database. */
  close(): void;
}

/**
 * Opens (creating, migrating or recovering as needed) the scores database.
 * Throws only when no usable database can be had at all (e.g. the folder is not writable, or
 * the file comes from a newer version of the game, which is left untouched).
 */
export function openScoreStore(options: ScoreStoreOptions): SqliteScoreStore {
  const now = options.now ?? (() => new Date());
  const interval = options.backupIntervalMs ?? DEFAULT_BACKUP_INTERVAL_MS;
  mkdirSync(options.directory, { recursive: true });
  const path = join(options.directory, options.fileName ?? SCORES_FILE_NAME);

  const { db, report } = recoverDatabase(path, now);

  const { latest } = backupPaths(path);
  let lastBackupAt = existsSync(latest) ? statSync(latest).mtimeMs : Number.NEGATIVE_INFINITY;
  let changedSinceBackup = false;

  const backupNow = (): string => {
    const written = writeRollingBackup(db, path);
    lastBackupAt = now().getTime();
    changedSinceBackup = false;
    return written;
  };
  const backupQuietly = (): void => {
    try {
      backupNow();
    } catch (error) {
      options.onBackupError?.(error);
    }
  };
  // A store that holds data but has no backup yet gets one right away, and so does one that
  // just got rows salvaged on top of a restored backup (they exist nowhere else).
  const unbacked = !existsSync(latest) && report.status !== 'created';
  if (unbacked || (report.salvagedAttempts ?? 0) > 0) backupQuietly();

  return {
    path,
    startupReport: report,
    backupNow,
    read: (work) => {
      db.exec('BEGIN');
      try {
        return work(db);
      } finally {
        db.exec('COMMIT');
      }
    },
    write: (work) => {
      db.exec('BEGIN IMMEDIATE');
      let result;
      try {
        result = work(db);
        db.exec('COMMIT');
      } catch (error) {
        if (db.isTransaction) db.exec('ROLLBACK');
        throw error;
      }
      changedSinceBackup = true;
      if (now().getTime() - lastBackupAt >= interval) backupQuietly();
      return result;
    },
    close: () => {
      if (!db.isOpen) return;
      if (changedSinceBackup) backupQuietly();
      db.close();
    },
  };
}
