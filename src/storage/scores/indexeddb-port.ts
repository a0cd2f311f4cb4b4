/**
 * The score store over IndexedDB, for the web build. Each call is one transaction, and a call
 * resolves only after the transaction's `complete` event (with `durability: 'strict'`, the
 * browser has flushed it to disk by then), so a resolved write survives a closed tab.
 */
import type { Attempt, AttemptFilter, Profile } from './model.ts';
import {
  defaultScoresEnvironment,
  makeDump,
  matchesFilter,
  newProfile,
  parseAttempt,
  parseDump,
  parseProfileName,
  unknownProfile,
  type ScoresEnvironment,
  type ScoresPort,
  type StartupReport,
} from './port.ts';
import { onSuccess, storageFailed, transact } from './indexeddb-transaction.ts';
import { compareAttemptsByTime, compareProfiles, mergeStores } from './queries.ts';

/** Default IndexedDB database name. */
export const SCORES_DB_NAME = 'front-desk-scores';
const SCHEMA_VERSION = 1;
const ACTIVE_PROFILE_KEY = 'activeProfileId';

interface MetaRecord {
  readonly key: string;
  readonly value: string | null;
}

/** Options for {@link openIndexedDbScoresPort}. */
export interface IndexedDbScoresOptions {
  /** Defaults to the page's `indexedDB`; tests pass `fake-indexeddb`. */
  readonly factory?: IDBFactory;
  readonly databaseName?: string;
  readonly environment?: ScoresEnvironment;
}

/** A score store that can also be closed (tests, page unload). */
export type ClosableScoresPort = ScoresPort & { close(): void };

function openDatabase(
  factory: IDBFactory,
  name: string,
): Promise<{ db: IDBDatabase; created: boolean }> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, SCHEMA_VERSION);
    let created = false;
    request.onupgradeneeded = (event) => {
      const db = request.result;
      // Forward-only upgrades: each block brings an older database one version up.
      if (event.oldVersion < 1) {
        created = true;
        db.createObjectStore('profiles', { keyPath: 'id' });
        const attempts = db.createObjectStore('attempts', { keyPath: 'id' });
        attempts.createIndex('levelId', 'levelId');
        attempts.createIndex('profileId', 'profileId');
        db.createObjectStore('meta', { keyPath: 'key' });
      }
    };
    request.onsuccess = () => resolve({ db: request.result, created });
    request.onerror = () => reject(storageFailed(request.error ?? 'cannot open IndexedDB'));
    request.onblocked = () =>
      reject(storageFailed('the scores database is held open by an older tab; close it'));
  });
}

/** Opens (creating if needed) the IndexedDB score store. */
export async function openIndexedDbScoresPort(
  options: IndexedDbScoresOptions = {},
): Promise<ClosableScoresPort> {
  const factory = options.factory ?? indexedDB;
  const environment = options.environment ?? defaultScoresEnvironment;
  const { db, created } = await openDatabase(factory, options.databaseName ?? SCORES_DB_NAME);
  // Another tab upgrading the schema must not be blocked by this one.
  db.onversionchange = () => db.close();
  const report: StartupReport = created
    ? { status: 'created', message: 'Started a new score store in this browser.' }
    : { status: 'ok', message: 'Score store opened.' };

  return {
    close: () => db.close(),
    getStartupReport: () => Promise.resolve(report),

    listProfiles: () =>
      transact<Profile[]>(db, ['profiles'], 'readonly', (tx, control) => {
        onSuccess(tx.objectStore('profiles').getAll(), (rows: Profile[]) =>
          control.set(rows.sort(compareProfiles)),
        );
      }),

    createProfile: async (name) => {
      const profile = newProfile(name, environment);
      return transact<Profile>(db, ['profiles'], 'readwrite', (tx, control) => {
        tx.objectStore('profiles').add(profile);
        control.set(profile);
      });
    },

    renameProfile: async (id, name) => {
      const trimmed = parseProfileName(name);
      return transact<Profile>(db, ['profiles'], 'readwrite', (tx, control) => {
        const store = tx.objectStore('profiles');
        onSuccess(store.get(id), (found: Profile | undefined) => {
          if (found === undefined) return control.refuse(unknownProfile(id));
          const renamed = { ...found, name: trimmed };
          store.put(renamed);
          control.set(renamed);
        });
      });
    },

    deleteProfile: (id) =>
      transact<void>(db, ['profiles', 'attempts', 'meta'], 'readwrite', (tx) => {
        tx.objectStore('profiles').delete(id);
        const attempts = tx.objectStore('attempts');
        onSuccess(attempts.index('profileId').getAllKeys(id), (keys) => {
          for (const key of keys) attempts.delete(key);
        });
        const meta = tx.objectStore('meta');
        onSuccess(meta.get(ACTIVE_PROFILE_KEY), (row: MetaRecord | undefined) => {
          if (row?.value === id) meta.put({ key: ACTIVE_PROFILE_KEY, value: null });
        });
      }),

    getActiveProfileId: () =>
      transact<string | null>(db, ['meta'], 'readonly', (tx, control) => {
        onSuccess(tx.objectStore('meta').get(ACTIVE_PROFILE_KEY), (row: MetaRecord | undefined) =>
          control.set(row?.value ?? null),
        );
      }),

    setActiveProfileId: (id) =>
      transact<void>(db, ['profiles', 'meta'], 'readwrite', (tx, control) => {
        const meta = tx.objectStore('meta');
        if (id === null) {
          meta.put({ key: ACTIVE_PROFILE_KEY, value: null });
          return;
        }
        onSuccess(tx.objectStore('profiles').count(id), (found) => {
          if (found === 0) return control.refuse(unknownProfile(id));
          meta.put({ key: ACTIVE_PROFILE_KEY, value: id });
        });
      }),

    recordAttempt: async (input) => {
      const attempt = parseAttempt(input);
      return transact<void>(db, ['profiles', 'attempts'], 'readwrite', (tx, control) => {
        const attempts = tx.objectStore('attempts');
        onSuccess(tx.objectStore('profiles').count(attempt.profileId), (owners) => {
          if (owners === 0) return control.refuse(unknownProfile(attempt.profileId));
          onSuccess(attempts.count(attempt.id), (existing) => {
            if (existing === 0) attempts.add(attempt);
          });
        });
      });
    },

    listAttempts: (filter?: AttemptFilter) =>
      transact<Attempt[]>(db, ['attempts'], 'readonly', (tx, control) => {
        const store = tx.objectStore('attempts');
        const request =
          filter?.profileId !== undefined
            ? store.index('profileId').getAll(filter.profileId)
            : filter?.levelId !== undefined
              ? store.index('levelId').getAll(filter.levelId)
              : store.getAll();
        onSuccess(request, (rows: Attempt[]) =>
          control.set(rows.filter((row) => matchesFilter(row, filter)).sort(compareAttemptsByTime)),
        );
      }),

    exportAll: () =>
      transact(db, ['profiles', 'attempts', 'meta'], 'readonly', (tx, control) => {
        readEverything(tx, (profiles, attempts, activeProfileId) =>
          control.set(makeDump(profiles, attempts, activeProfileId, environment.now())),
        );
      }),

    importAll: async (input) => {
      const dump = parseDump(input);
      return transact(db, ['profiles', 'attempts', 'meta'], 'readwrite', (tx, control) => {
        readEverything(tx, (profiles, attempts, activeProfileId) => {
          const result = mergeStores({ profiles, attempts, activeProfileId }, dump);
          for (const profile of result.addedProfiles) tx.objectStore('profiles').add(profile);
          for (const attempt of result.addedAttempts) tx.objectStore('attempts').add(attempt);
          if (result.merged.activeProfileId !== activeProfileId) {
            tx.objectStore('meta').put({
              key: ACTIVE_PROFILE_KEY,
              value: result.merged.activeProfileId,
            });
          }
          control.set({
            added: result.addedAttempts.length,
            skipped: result.skippedAttempts,
            profilesAdded: result.addedProfiles.length,
          });
        });
      });
    },
  };
}

/** Reads all three stores inside `tx`, then calls `then` (still inside the transaction). */
function readEverything(
  tx: IDBTransaction,
  then: (profiles: Profile[], attempts: Attempt[], activeProfileId: string | null) => void,
): void {
  onSuccess(tx.objectStore('profiles').getAll(), (profiles: Profile[]) => {
    onSuccess(tx.objectStore('attempts').getAll(), (attempts: Attempt[]) => {
      onSuccess(tx.objectStore('meta').get(ACTIVE_PROFILE_KEY), (row: MetaRecord | undefined) =>
        then(
          profiles.sort(compareProfiles),
          attempts.sort(compareAttemptsByTime),
          row?.value ?? null,
        ),
      );
    });
  });
}
