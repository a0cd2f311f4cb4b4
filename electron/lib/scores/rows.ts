/**
 * Mapping between the domain objects and the SQLite rows: flat columns for what is queried,
 * JSON text for the nested parts. Rows read back are checked with the Zod schemas, so a value
 * damaged on disk is reported instead of flowing into the game.
 */
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import {
  AttemptSchema,
  ProfileSchema,
  type Attempt,
  type Profile,
} from '../../../src/storage/scores/model.ts';

/** Column list for `SELECT`s of attempts, matching {@link rowToAttempt}. */
export const ATTEMPT_COLUMNS =
  'id, profile_id, level_id, level_version, mode, score, stars, max_score, started_at, ' +
  'finished_at, duration_seconds, outcomes, principles, customers, meter_trace';

/** Column list for `SELECT`s of profiles, matching {@link rowToProfile}. */
export const PROFILE_COLUMNS = 'id, name, created_at';

type Row = Record<string, unknown>;

/** A profile row back to a checked profile; throws if the row is not a valid profile. */
export function rowToProfile(row: Row): Profile {
  return ProfileSchema.parse({ id: row.id, name: row.name, createdAt: row.created_at });
}

/** An attempt row back to a checked attempt; throws if the row is not a valid attempt. */
export function rowToAttempt(row: Row): Attempt {
  return AttemptSchema.parse({
    id: row.id,
    profileId: row.profile_id,
    levelId: row.level_id,
    levelVersion: row.level_version,
    mode: row.mode,
    score: row.score,
    stars: row.stars,
    maxScore: row.max_score,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    durationSeconds: row.duration_seconds,
    outcomes: JSON.parse(String(row.outcomes)),
    principles: JSON.parse(String(row.principles)),
    customers: JSON.parse(String(row.customers)),
    meterTrace: JSON.parse(String(row.meter_trace)),
  });
}

/** Inserts a profile unless its id is already stored; true when a row was added. */
export function insertProfile(db: DatabaseSync, profile: Profile): boolean {
  const result = db
    .prepare(
      'INSERT INTO profiles (id, name, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING',
    )
    .run(profile.id, profile.name, profile.createdAt);
  return Number(result.changes) > 0;
}

/** Inserts an attempt unless its id is already stored; true when a row was added. */
export function insertAttempt(db: DatabaseSync, attempt: Attempt, recordedAt: string): boolean {
  const values: SQLInputValue[] = [
    attempt.id,
    attempt.profileId,
    attempt.levelId,
    attempt.levelVersion,
    attempt.mode,
    attempt.score,
    attempt.stars,
    attempt.maxScore,
    attempt.startedAt,
    attempt.finishedAt,
    attempt.durationSeconds,
    JSON.stringify(attempt.outcomes),
    JSON.stringify(attempt.principles),
    JSON.stringify(attempt.customers),
    JSON.stringify(attempt.meterTrace),
    recordedAt,
  ];
  const result = db
    .prepare(
      `INSERT INTO attempts (${ATTEMPT_COLUMNS}, recorded_at) ` +
        `VALUES (${values.map(() => '?').join(', ')}) ON CONFLICT (id) DO NOTHING`,
    )
    .run(...values);
  return Number(result.changes) > 0;
}
