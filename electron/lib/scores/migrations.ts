/**
 * The scores database schema, as an append-only list of forward migrations. The schema version
 * lives in `PRAGMA user_version`; each migration runs in its own transaction together with the
 * version bump, so a crash leaves the file either before or after a step, never in between.
 * Never edit a shipped migration: add the next one.
 */
import type { DatabaseSync } from 'node:sqlite';

/** One schema step. */
export interface Migration {
  /** The `user_version` after this step (1, 2, ...). */
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

/** Every migration, in order. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'profiles, attempts (nested parts as JSON) and a key-value meta table',
    sql: `
      CREATE TABLE profiles (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE attempts (
        id TEXT PRIMARY KEY NOT NULL,
        profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        level_id TEXT NOT NULL,
        level_version TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('training', 'challenge')),
        score REAL NOT NULL,
        stars INTEGER NOT NULL CHECK (stars BETWEEN 0 AND 3),
        max_score REAL NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        duration_seconds REAL NOT NULL,
        outcomes TEXT NOT NULL CHECK (json_valid(outcomes)),
        principles TEXT NOT NULL CHECK (json_valid(principles)),
        customers TEXT NOT NULL CHECK (json_valid(customers)),
        meter_trace TEXT NOT NULL CHECK (json_valid(meter_trace))
      ) STRICT;
      CREATE INDEX attempts_by_level ON attempts (level_id, score DESC);
      CREATE TABLE meta (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT
      ) STRICT;
    `,
  },
  {
    version: 2,
    description: 'per-player index, and when each attempt was written (for audits and support)',
    sql: `
      CREATE INDEX attempts_by_profile ON attempts (profile_id, level_id);
      ALTER TABLE attempts ADD COLUMN recorded_at TEXT;
      UPDATE attempts SET recorded_at = finished_at WHERE recorded_at IS NULL;
    `,
  },
];

/** The schema version this build writes. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

/** The file's schema version (`0` for a new, empty database). */
export function schemaVersion(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version?: number } | undefined;
  return Number(row?.user_version ?? 0);
}

/**
 * Brings the database up to `target` (default: latest), one transaction per step.
 * Returns the versions before and after; throws if the file is newer than this build knows.
 */
export function migrate(
  db: DatabaseSync,
  target: number = LATEST_SCHEMA_VERSION,
): { from: number; to: number } {
  const from = schemaVersion(db);
  if (from > LATEST_SCHEMA_VERSION) {
    throw new Error(
      `The scores file has schema version ${from}, newer than this game supports ` +
        `(${LATEST_SCHEMA_VERSION}). Update the game to open it.`,
    );
  }
  for (const migration of MIGRATIONS) {
    if (migration.version <= from || migration.version > target) continue;
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(migration.sql);
      // user_version is part of the file header and changes atomically with the transaction.
      db.exec(`PRAGMA user_version = ${migration.version}`);
      db.exec('COMMIT');
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      throw error;
    }
  }
  return { from, to: Math.max(from, Math.min(target, LATEST_SCHEMA_VERSION)) };
}
