/**
 * Best-effort rescue of rows from a damaged scores file after a backup was restored: attempts
 * recorded since that backup may still be readable. Only rows that pass the Zod schemas are
 * copied, and only when missing, so salvage can add data but never change or remove any.
 */
import { DatabaseSync } from 'node:sqlite';
import type { Attempt, Profile } from '../../../src/storage/scores/model.ts';
import {
  ATTEMPT_COLUMNS,
  PROFILE_COLUMNS,
  insertAttempt,
  insertProfile,
  rowToAttempt,
  rowToProfile,
} from './rows.ts';

/** Reads rows one by one, keeping every row read before the damage stops the scan. */
function readWhatYouCan<T>(
  db: DatabaseSync,
  sql: string,
  convert: (row: Record<string, unknown>) => T,
): T[] {
  const found: T[] = [];
  try {
    for (const row of db.prepare(sql).iterate()) {
      try {
        found.push(convert(row as Record<string, unknown>));
      } catch {
        // A damaged row: skip it, keep the rest.
      }
    }
  } catch {
    // The table itself is unreadable from here on.
  }
  return found;
}

/**
 * Copies readable profiles and attempts from `damagedPath` (opened read-only, left untouched)
 * into `db` when their ids are missing there. Returns the number of attempts added.
 */
export function salvageInto(db: DatabaseSync, damagedPath: string): number {
  let damaged: DatabaseSync;
  try {
    damaged = new DatabaseSync(damagedPath, { readOnly: true });
  } catch {
    return 0;
  }
  let profiles: Profile[];
  let attempts: Attempt[];
  try {
    profiles = readWhatYouCan(damaged, `SELECT ${PROFILE_COLUMNS} FROM profiles`, rowToProfile);
    attempts = readWhatYouCan(damaged, `SELECT ${ATTEMPT_COLUMNS} FROM attempts`, rowToAttempt);
  } finally {
    damaged.close();
  }

  const recordedAt = new Date().toISOString();
  let added = 0;
  db.exec('BEGIN IMMEDIATE');
  try {
    for (const profile of profiles) insertProfile(db, profile);
    const known = new Set(
      (db.prepare('SELECT id FROM profiles').all() as { id: string }[]).map((row) => row.id),
    );
    for (const attempt of attempts) {
      if (known.has(attempt.profileId) && insertAttempt(db, attempt, recordedAt)) added += 1;
    }
    db.exec('COMMIT');
  } catch {
    if (db.isTransaction) db.exec('ROLLBACK');
    return 0;
  }
  return added;
}
