/**
 * Opening a connection to the scores database with the settings every connection needs, and
 * bringing its schema up to date.
 */
import { DatabaseSync } from 'node:sqlite';
import { fileStamp } from './backup.ts';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion } from './migrations.ts';

/** Opens a connection without changing anything in the file (for checking it first). */
export function openUnconfigured(path: string): DatabaseSync {
  return new DatabaseSync(path, { enableForeignKeyConstraints: true, timeout: 5000 });
}

/** Applies the durability settings every working connection must have; closes it on failure. */
export function configure(db: DatabaseSync): DatabaseSync {
  try {
    // WAL: readers never block the writer and a killed process cannot tear a commit.
    db.exec('PRAGMA journal_mode = WAL');
    // FULL: a commit is on disk (WAL fsynced) before COMMIT returns, surviving power loss too.
    db.exec('PRAGMA synchronous = FULL');
    db.exec('PRAGMA foreign_keys = ON');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Opens a working connection: WAL, synchronous FULL, foreign keys on. */
export function openConnection(path: string): DatabaseSync {
  return configure(openUnconfigured(path));
}

/**
 * Migrates to the latest schema. A file that already holds data is first copied to
 * `<path>.before-v<N>-<timestamp>`, so an upgrade can never cost a player their history.
 */
export function upgradeSchema(db: DatabaseSync, path: string, now: () => Date): void {
  const version = schemaVersion(db);
  if (version > 0 && version < LATEST_SCHEMA_VERSION) {
    const snapshot = `${path}.before-v${LATEST_SCHEMA_VERSION}-${fileStamp(now())}`;
    db.prepare('VACUUM INTO ?').run(snapshot);
  }
  migrate(db);
}
