/**
 * File-level safety for the scores database: health checks, rolling backups (`.bak`, `.bak.1`)
 * and moving damaged files aside. Nothing here ever deletes a player's data: the only files
 * removed are this module's own half-written temporaries.
 */
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/** Where the backups of `dbPath` live. `latest` is the newest generation. */
export function backupPaths(dbPath: string): {
  latest: string;
  previous: string;
  temp: string;
} {
  return { latest: `${dbPath}.bak`, previous: `${dbPath}.bak.1`, temp: `${dbPath}.bak.tmp` };
}

/** Existing backups of `dbPath`, newest first. */
export function backupCandidates(dbPath: string): string[] {
  const { latest, previous } = backupPaths(dbPath);
  return [latest, previous].filter((path) => existsSync(path));
}

/** Flushes a file (or, where the platform allows, a directory entry) to disk. */
export function fsyncPath(path: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open directories; its renames are durable enough without this.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Runs SQLite's checks on an open connection. Returns `null` when healthy, else what is wrong.
 * `quick` skips the index-content cross checks (used on backups, which are small and fresh).
 */
export function checkConnection(db: DatabaseSync, quick = false): string | null {
  try {
    const pragma = quick ? 'quick_check' : 'integrity_check';
    const rows = db.prepare(`PRAGMA ${pragma}`).all() as Record<string, unknown>[];
    const findings = rows.map((row) => String(Object.values(row)[0]));
    return findings.length === 1 && findings[0] === 'ok' ? null : findings.slice(0, 5).join('; ');
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Opens `path` read-only just to check it; `null` when it is a healthy SQLite database. */
export function checkDatabaseFile(path: string, quick = false): string | null {
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(path, { readOnly: true });
    return checkConnection(db, quick);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    db?.close();
  }
}

/**
 * Writes a consistent snapshot of `db` to `.bak`, keeping the previous one as `.bak.1`.
 * The snapshot goes to a temporary file first (`VACUUM INTO`), is flushed and checked, and only
 * then renamed into place, so a crash at any moment leaves at least one whole backup.
 * Returns the new backup's path.
 */
export function writeRollingBackup(db: DatabaseSync, dbPath: string): string {
  const { latest, previous, temp } = backupPaths(dbPath);
  rmSync(temp, { force: true });
  db.prepare('VACUUM INTO ?').run(temp);
  fsyncPath(temp);
  const problem = checkDatabaseFile(temp, true);
  if (problem !== null) {
    rmSync(temp, { force: true });
    throw new Error(`The new backup failed its check (${problem}); the old backups are kept.`);
  }
  if (existsSync(latest)) renameSync(latest, previous);
  renameSync(temp, latest);
  fsyncPath(dirname(dbPath));
  return latest;
}

/** A file-name-safe timestamp: `2025-03-01T09-30-00-000Z`. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * Moves a damaged database (and its `-wal`/`-shm` companions, which may hold the newest
 * changes) to `<path>.damaged-<timestamp>`; returns the new path. Never deletes anything.
 */
export function moveAside(path: string, when: Date): string {
  let target = `${path}.damaged-${fileStamp(when)}`;
  for (let n = 2; existsSync(target); n += 1) target = `${path}.damaged-${fileStamp(when)}-${n}`;
  renameSync(path, target);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, target + suffix);
  }
  fsyncPath(dirname(path));
  return target;
}
