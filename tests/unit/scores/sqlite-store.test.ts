import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect, it } from 'vitest';
import {
  LATEST_SCHEMA_VERSION,
  migrate,
  schemaVersion,
} from '../../../electron/lib/scores/migrations.ts';
import { insertAttempt, insertProfile } from '../../../electron/lib/scores/rows.ts';
import { createSqliteScoresPort } from '../../../electron/lib/scores/sqlite-port.ts';
import { openScoreStore } from '../../../electron/lib/scores/sqlite-store.ts';
import { makeAttempt, makeProfile, uuid } from './fixtures.ts';
import { tempDir } from './temp-dir.ts';

function countAttempts(path: string): number {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    return Number((db.prepare('SELECT count(*) AS n FROM attempts').get() as { n: number }).n);
  } finally {
    db.close();
  }
}

/** A clock the test moves by hand. */
function manualClock(start = '2025-03-01T08:00:00.000Z') {
  let ms = Date.parse(start);
  return { now: () => new Date(ms), advance: (seconds: number) => (ms += seconds * 1000) };
}

it('opens with WAL, synchronous FULL and foreign keys on, at the latest schema', () => {
  const store = openScoreStore({ directory: tempDir() });
  store.read((db) => {
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    expect(db.prepare('PRAGMA synchronous').get()).toEqual({ synchronous: 2 });
    expect(db.prepare('PRAGMA foreign_keys').get()).toEqual({ foreign_keys: 1 });
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
  });
  store.close();
});

it('upgrades a file made by the first migration alone, keeping its data and a snapshot', async () => {
  const directory = tempDir();
  const path = join(directory, 'scores.db');
  const v1 = new DatabaseSync(path);
  expect(migrate(v1, 1)).toEqual({ from: 0, to: 1 });
  const ada = makeProfile();
  const attempt = makeAttempt({ profileId: ada.id });
  v1.prepare('INSERT INTO profiles (id, name, created_at) VALUES (?, ?, ?)').run(
    ada.id,
    ada.name,
    ada.createdAt,
  );
  v1.prepare(
    `INSERT INTO attempts (id, profile_id, level_id, level_version, mode, score, stars, max_score,
      started_at, finished_at, duration_seconds, outcomes, principles, customers, meter_trace)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
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
  );
  v1.close();

  const store = openScoreStore({ directory });
  expect(store.startupReport.status).toBe('ok');
  const port = createSqliteScoresPort(store);
  expect(await port.listAttempts()).toEqual([attempt]);
  store.read((db) => {
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT recorded_at FROM attempts').get()).toEqual({
      recorded_at: attempt.finishedAt,
    });
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all();
    expect(indexes).toContainEqual({ name: 'attempts_by_profile' });
  });
  store.close();

  const snapshot = readdirSync(directory).find((name) => name.startsWith('scores.db.before-v2-'));
  expect(snapshot).toBeDefined();
  const old = new DatabaseSync(join(directory, snapshot ?? ''), { readOnly: true });
  expect(schemaVersion(old)).toBe(1);
  old.close();
});

it('migrating again changes nothing', () => {
  const db = new DatabaseSync(':memory:');
  migrate(db);
  expect(migrate(db)).toEqual({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION });
  db.close();
});

it('refuses a file from a newer game version and leaves it untouched', () => {
  const directory = tempDir();
  const path = join(directory, 'scores.db');
  const future = new DatabaseSync(path);
  future.exec(`PRAGMA user_version = ${LATEST_SCHEMA_VERSION + 1}`);
  future.close();
  expect(() => openScoreStore({ directory })).toThrow(/newer than this game supports/);
  expect(readdirSync(directory)).toEqual(['scores.db']);
});

it('rolls back the whole write when any part of it fails', () => {
  const store = openScoreStore({ directory: tempDir() });
  const ada = makeProfile();
  expect(() =>
    store.write((db) => {
      insertProfile(db, ada);
      insertAttempt(db, makeAttempt({ profileId: ada.id }), '2025-03-01T10:00:00Z');
      // A foreign key violation half way through the transaction.
      insertAttempt(
        db,
        makeAttempt({ id: uuid(77), profileId: uuid(404) }),
        '2025-03-01T10:00:00Z',
      );
    }),
  ).toThrow(/FOREIGN KEY/);
  store.read((db) => {
    expect(db.prepare('SELECT count(*) AS n FROM profiles').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM attempts').get()).toEqual({ n: 0 });
  });
  store.close();
});

it('backs up after writes at most once per interval, keeping two generations', async () => {
  const directory = tempDir();
  const clock = manualClock();
  const store = openScoreStore({ directory, backupIntervalMs: 60_000, now: clock.now });
  const port = createSqliteScoresPort(store);
  const bak = join(directory, 'scores.db.bak');
  const bak1 = join(directory, 'scores.db.bak.1');
  const ada = await port.createProfile('Ada');
  expect(countAttempts(bak)).toBe(0);

  clock.advance(10);
  await port.recordAttempt(makeAttempt({ id: uuid(10), profileId: ada.id }));
  expect(countAttempts(bak)).toBe(0);
  expect(existsSync(bak1)).toBe(false);

  clock.advance(60);
  await port.recordAttempt(makeAttempt({ id: uuid(11), profileId: ada.id }));
  expect(countAttempts(bak)).toBe(2);
  expect(countAttempts(bak1)).toBe(0);

  clock.advance(1);
  await port.recordAttempt(makeAttempt({ id: uuid(12), profileId: ada.id }));
  store.close();
  // Closing backs up what changed since the last backup.
  expect(countAttempts(bak)).toBe(3);
  expect(countAttempts(bak1)).toBe(2);
  expect(readdirSync(directory).filter((name) => name.endsWith('.tmp'))).toEqual([]);
});

it('makes a first backup on opening a store that holds data but has none', async () => {
  const directory = tempDir();
  const first = openScoreStore({ directory });
  const port = createSqliteScoresPort(first);
  const ada = await port.createProfile('Ada');
  await port.recordAttempt(makeAttempt({ profileId: ada.id }));
  first.close();
  rmSync(join(directory, 'scores.db.bak'));
  rmSync(join(directory, 'scores.db.bak.1'), { force: true });

  const second = openScoreStore({ directory });
  expect(countAttempts(join(directory, 'scores.db.bak'))).toBe(1);
  second.close();
});
