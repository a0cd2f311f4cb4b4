import {
  closeSync,
  copyFileSync,
  existsSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect, it } from 'vitest';
import { createSqliteScoresPort } from '../../../electron/lib/scores/sqlite-port.ts';
import { openScoreStore } from '../../../electron/lib/scores/sqlite-store.ts';
import { makeAttempt, uuid } from './fixtures.ts';
import { tempDir } from './temp-dir.ts';

const PAGE = 4096;

/** Seeded bytes, so a failure can be replayed. */
function randomBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i += 1) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    bytes[i] = (t ^ (t >>> 14)) & 0xff;
  }
  return bytes;
}

function overwrite(path: string, offset: number, bytes: Buffer): void {
  const fd = openSync(path, 'r+');
  writeSync(fd, bytes, 0, bytes.length, offset);
  closeSync(fd);
}

/**
 * A closed store with one player and `count` attempts (ids uuid(10)...). Its backup is made
 * after `backedUp` attempts, so later ones exist only in the main file.
 */
async function storeWithAttempts(count: number, backedUp = count) {
  const directory = tempDir();
  const store = openScoreStore({ directory, backupIntervalMs: 3_600_000 });
  const port = createSqliteScoresPort(store);
  const ada = await port.createProfile('Ada');
  const older = join(directory, 'older-backup');
  for (let n = 0; n < count; n += 1) {
    if (n === backedUp) copyFileSync(store.backupNow(), older);
    await port.recordAttempt(makeAttempt({ id: uuid(10 + n), profileId: ada.id }));
  }
  if (backedUp === count) copyFileSync(store.backupNow(), older);
  store.close();
  // Closing backs up again; put the chosen generation back as the newest backup.
  copyFileSync(older, join(directory, 'scores.db.bak'));
  rmSync(older);
  return { directory, path: join(directory, 'scores.db') };
}

async function attemptIds(directory: string) {
  const store = openScoreStore({ directory });
  const ids = (await createSqliteScoresPort(store).listAttempts()).map((attempt) => attempt.id);
  store.close();
  return ids;
}

it('restores a truncated file from the backup and keeps the damaged file unchanged', async () => {
  const { directory, path } = await storeWithAttempts(3);
  truncateSync(path, Math.floor(statSync(path).size / 2));
  const damagedBytes = readFileSync(path);

  const store = openScoreStore({ directory, now: () => new Date('2025-03-09T10:00:00.000Z') });
  const report = store.startupReport;
  expect(report.status).toBe('restored');
  expect(report.restoredFrom).toBe(join(directory, 'scores.db.bak'));
  expect(report.damagedFileKeptAt).toBe(`${path}.damaged-2025-03-09T10-00-00-000Z`);
  expect(report.message).toMatch(/damaged.*restored the backup/i);
  expect(readFileSync(report.damagedFileKeptAt ?? '')).toEqual(damagedBytes);
  store.close();
  expect(await attemptIds(directory)).toEqual([uuid(10), uuid(11), uuid(12)]);
});

it('restores a file whose pages were scribbled over with random bytes', async () => {
  const { directory, path } = await storeWithAttempts(40);
  const pages = statSync(path).size / PAGE;
  expect(pages).toBeGreaterThan(3);
  for (let page = 1; page < pages; page += 1) overwrite(path, page * PAGE, randomBytes(PAGE, page));

  const store = openScoreStore({ directory });
  expect(store.startupReport).toMatchObject({ status: 'restored' });
  expect(existsSync(store.startupReport.damagedFileKeptAt ?? '')).toBe(true);
  store.close();
  expect(await attemptIds(directory)).toHaveLength(40);
});

it('restores a file whose header is garbage ("not a database")', async () => {
  const { directory, path } = await storeWithAttempts(2);
  overwrite(path, 0, randomBytes(100, 7));
  const store = openScoreStore({ directory });
  expect(store.startupReport.status).toBe('restored');
  store.close();
  expect(await attemptIds(directory)).toEqual([uuid(10), uuid(11)]);
});

it('salvages attempts newer than the backup when their table is still readable', async () => {
  const { directory, path } = await storeWithAttempts(3, 2);
  // Damage only the leaderboard index: the check fails, but the attempts table still reads.
  const db = new DatabaseSync(path, { readOnly: true });
  const { rootpage } = db
    .prepare("SELECT rootpage FROM sqlite_master WHERE name = 'attempts_by_level'")
    .get() as { rootpage: number };
  db.close();
  overwrite(path, (rootpage - 1) * PAGE + 8, randomBytes(PAGE - 8, 3));

  const store = openScoreStore({ directory });
  expect(store.startupReport).toMatchObject({ status: 'restored', salvagedAttempts: 1 });
  expect(store.startupReport.message).toMatch(/recovered 1 newer attempt/);
  store.close();
  expect(await attemptIds(directory)).toEqual([uuid(10), uuid(11), uuid(12)]);
  // The salvaged attempt went straight into a fresh backup.
  rmSync(path);
  expect(await attemptIds(directory)).toEqual([uuid(10), uuid(11), uuid(12)]);
});

it('falls back to the older backup when the newest one is damaged too', async () => {
  const { directory, path } = await storeWithAttempts(2);
  copyFileSync(join(directory, 'scores.db.bak'), join(directory, 'scores.db.bak.1'));
  truncateSync(join(directory, 'scores.db.bak'), PAGE);
  truncateSync(path, PAGE * 2);
  const store = openScoreStore({ directory });
  expect(store.startupReport.restoredFrom).toBe(join(directory, 'scores.db.bak.1'));
  store.close();
  expect(await attemptIds(directory)).toEqual([uuid(10), uuid(11)]);
});

it('starts empty but keeps the damaged file when no backup is usable', async () => {
  const { directory, path } = await storeWithAttempts(2);
  rmSync(join(directory, 'scores.db.bak'));
  rmSync(join(directory, 'scores.db.bak.1'), { force: true });
  writeFileSync(path, randomBytes(PAGE * 2, 11));

  const store = openScoreStore({ directory });
  expect(store.startupReport.status).toBe('reset');
  expect(store.startupReport.message).toMatch(/no usable backup/);
  expect(readFileSync(store.startupReport.damagedFileKeptAt ?? '')).toEqual(
    randomBytes(PAGE * 2, 11),
  );
  expect(await createSqliteScoresPort(store).listProfiles()).toEqual([]);
  store.close();
});

it('restores from the backup when the database file is missing or emptied', async () => {
  const missing = await storeWithAttempts(1);
  rmSync(missing.path);
  const first = openScoreStore({ directory: missing.directory });
  expect(first.startupReport).toMatchObject({ status: 'restored' });
  expect(first.startupReport.damagedFileKeptAt).toBeUndefined();
  first.close();
  expect(await attemptIds(missing.directory)).toEqual([uuid(10)]);

  const emptied = await storeWithAttempts(1);
  truncateSync(emptied.path, 0);
  const second = openScoreStore({ directory: emptied.directory });
  expect(second.startupReport).toMatchObject({ status: 'restored' });
  expect(statSync(second.startupReport.damagedFileKeptAt ?? '').size).toBe(0);
  second.close();
  expect(await attemptIds(emptied.directory)).toEqual([uuid(10)]);
  expect(readdirSync(emptied.directory).some((name) => name.includes('.damaged-'))).toBe(true);
});
