import { expect, it } from 'vitest';
import {
  attemptsInScope,
  backupFile,
  fileSlug,
  isHomePage,
  reportFile,
  type RoomData,
} from '../../../src/game/ui/reports/report-files.ts';
import { makeDump } from '../../../src/storage/scores/port.ts';
import { makeAttempt, makeProfile, uuid } from '../scores/fixtures.ts';

const now = new Date('2025-03-04T12:00:00.000Z');

function room(activeProfileId: string | null = uuid(1)): RoomData {
  return {
    profiles: [
      makeProfile({ id: uuid(1), name: 'Ona Šimkutė' }),
      makeProfile({ id: uuid(2), name: 'Bo' }),
    ],
    attempts: [
      makeAttempt({ id: uuid(11), profileId: uuid(1) }),
      makeAttempt({ id: uuid(12), profileId: uuid(2) }),
      makeAttempt({ id: uuid(13), profileId: uuid(1) }),
    ],
    activeProfileId,
  };
}

const options = { homePage: 'https://lms.example', levelTitles: {}, now } as const;

it('covers the active player or the whole room', () => {
  expect(attemptsInScope(room(), 'active').map((a) => a.id)).toEqual([uuid(11), uuid(13)]);
  expect(attemptsInScope(room(), 'room')).toHaveLength(3);
  expect(attemptsInScope(room(null), 'active')).toEqual([]);
});

it('names files after the player and the day', () => {
  expect(reportFile(room(), { ...options, scope: 'active', format: 'csv' })?.name).toBe(
    'front-desk-ona-simkute-2025-03-04.csv',
  );
  expect(reportFile(room(), { ...options, scope: 'room', format: 'xapi' })?.name).toBe(
    'front-desk-room-2025-03-04-xapi.json',
  );
  expect(fileSlug('  ***  ')).toBe('player');
});

it('builds each format from the scope’s attempts', () => {
  const csv = reportFile(room(), { ...options, scope: 'active', format: 'csv' });
  expect(
    csv?.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n'),
  ).toHaveLength(3);
  const json = reportFile(room(), { ...options, scope: 'room', format: 'json' });
  expect((JSON.parse(json?.text ?? '') as { attempts: unknown[] }).attempts).toHaveLength(3);
  const xapi = reportFile(room(), { ...options, scope: 'active', format: 'xapi' });
  const statements = JSON.parse(xapi?.text ?? '') as { actor: { account: { homePage: string } } }[];
  expect(statements.every((s) => s.actor.account.homePage === 'https://lms.example')).toBe(true);
});

it('gives no file when the scope has no results', () => {
  expect(reportFile(room(null), { ...options, scope: 'active', format: 'json' })).toBeNull();
});

it('accepts only absolute http(s) home pages', () => {
  expect(isHomePage('https://lms.example/org')).toBe(true);
  expect(isHomePage('lms.example')).toBe(false);
  expect(isHomePage('ftp://lms.example')).toBe(false);
});

it('saves the whole store as a backup that reads back', () => {
  const data = room();
  const file = backupFile(makeDump(data.profiles, data.attempts, data.activeProfileId, now), now);
  expect(file.name).toBe('front-desk-scores-backup-2025-03-04.json');
  expect((JSON.parse(file.text) as { attempts: unknown[] }).attempts).toHaveLength(3);
});
