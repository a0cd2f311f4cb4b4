/**
 * The score store API (`ScoresPort`) over the SQLite store, for the desktop app's main process.
 * Same rules as the IndexedDB port: inputs are validated, each call is one transaction, and a
 * call resolves only after its transaction committed.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Attempt, AttemptFilter, Profile } from '../../../src/storage/scores/model.ts';
import {
  defaultScoresEnvironment,
  makeDump,
  newProfile,
  parseAttempt,
  parseDump,
  parseProfileName,
  unknownProfile,
  type ScoresEnvironment,
  type ScoresPort,
} from '../../../src/storage/scores/port.ts';
import {
  compareAttemptsByTime,
  compareProfiles,
  mergeStores,
} from '../../../src/storage/scores/queries.ts';
import {
  ATTEMPT_COLUMNS,
  PROFILE_COLUMNS,
  insertAttempt,
  insertProfile,
  rowToAttempt,
  rowToProfile,
} from './rows.ts';
import type { SqliteScoreStore } from './sqlite-store.ts';

const ACTIVE_PROFILE_KEY = 'activeProfileId';

function findProfile(db: DatabaseSync, id: string): Profile | undefined {
  const row = db.prepare(`SELECT ${PROFILE_COLUMNS} FROM profiles WHERE id = ?`).get(id);
  return row === undefined ? undefined : rowToProfile(row);
}

function allProfiles(db: DatabaseSync): Profile[] {
  return db
    .prepare(`SELECT ${PROFILE_COLUMNS} FROM profiles`)
    .all()
    .map(rowToProfile)
    .sort(compareProfiles);
}

function attemptsMatching(db: DatabaseSync, filter: AttemptFilter = {}): Attempt[] {
  const conditions: string[] = [];
  const values: string[] = [];
  if (filter.profileId !== undefined) {
    conditions.push('profile_id = ?');
    values.push(filter.profileId);
  }
  if (filter.levelId !== undefined) {
    conditions.push('level_id = ?');
    values.push(filter.levelId);
  }
  const where = conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '';
  return db
    .prepare(`SELECT ${ATTEMPT_COLUMNS} FROM attempts${where}`)
    .all(...values)
    .map(rowToAttempt)
    .sort(compareAttemptsByTime);
}

function activeProfileId(db: DatabaseSync): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(ACTIVE_PROFILE_KEY) as
    { value: string | null } | undefined;
  return row?.value ?? null;
}

function setActive(db: DatabaseSync, id: string | null): void {
  db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(ACTIVE_PROFILE_KEY, id);
}

/** Wraps an open SQLite store in the `ScoresPort` interface. */
export function createSqliteScoresPort(
  store: SqliteScoreStore,
  environment: ScoresEnvironment = defaultScoresEnvironment,
): ScoresPort {
  // Each method is `async` so a refusal becomes a rejected promise, as the interface promises.
  return {
    getStartupReport: async () => store.startupReport,

    listProfiles: async () => store.read(allProfiles),

    createProfile: async (name) => {
      const profile = newProfile(name, environment);
      store.write((db) => insertProfile(db, profile));
      return profile;
    },

    renameProfile: async (id, name) => {
      const trimmed = parseProfileName(name);
      return store.write((db) => {
        const found = findProfile(db, id);
        if (found === undefined) throw unknownProfile(id);
        db.prepare('UPDATE profiles SET name = ? WHERE id = ?').run(trimmed, id);
        return { ...found, name: trimmed };
      });
    },

    deleteProfile: async (id) => {
      store.write((db) => {
        db.prepare('DELETE FROM attempts WHERE profile_id = ?').run(id);
        db.prepare('DELETE FROM profiles WHERE id = ?').run(id);
        if (activeProfileId(db) === id) setActive(db, null);
      });
    },

    getActiveProfileId: async () => store.read(activeProfileId),

    setActiveProfileId: async (id) => {
      store.write((db) => {
        if (id !== null && findProfile(db, id) === undefined) throw unknownProfile(id);
        setActive(db, id);
      });
    },

    recordAttempt: async (input) => {
      const attempt = parseAttempt(input);
      store.write((db) => {
        if (findProfile(db, attempt.profileId) === undefined) {
          throw unknownProfile(attempt.profileId);
        }
        insertAttempt(db, attempt, environment.now().toISOString());
      });
    },

    listAttempts: async (filter) => store.read((db) => attemptsMatching(db, filter)),

    exportAll: async () =>
      store.read((db) =>
        makeDump(allProfiles(db), attemptsMatching(db), activeProfileId(db), environment.now()),
      ),

    importAll: async (input) => {
      const dump = parseDump(input);
      const recordedAt = environment.now().toISOString();
      return store.write((db) => {
        const existing = {
          profiles: allProfiles(db),
          attempts: attemptsMatching(db),
          activeProfileId: activeProfileId(db),
        };
        const result = mergeStores(existing, dump);
        for (const profile of result.addedProfiles) insertProfile(db, profile);
        for (const attempt of result.addedAttempts) insertAttempt(db, attempt, recordedAt);
        if (result.merged.activeProfileId !== existing.activeProfileId) {
          setActive(db, result.merged.activeProfileId);
        }
        return {
          added: result.addedAttempts.length,
          skipped: result.skippedAttempts,
          profilesAdded: result.addedProfiles.length,
        };
      });
    },
  };
}
