import { IDBFactory } from 'fake-indexeddb';
import { expect, it, vi } from 'vitest';
import { createScoresApi } from '../../../src/storage/scores/api.ts';
import { createScoresPort } from '../../../src/storage/scores/desktop-port.ts';
import { makeDump, parseDump, parseDumpText } from '../../../src/storage/scores/port.ts';
import { makeAttempt, makeProfile, uuid } from './fixtures.ts';

function validDump() {
  return makeDump([makeProfile()], [makeAttempt()], uuid(1), new Date('2025-03-02T00:00:00Z'));
}

it('accepts a dump it wrote, through JSON and back', () => {
  const dump = validDump();
  expect(parseDumpText(JSON.stringify(dump))).toEqual(dump);
});

it('explains what is wrong with a file that is not a valid dump', () => {
  expect(() => parseDumpText('{ not json')).toThrow('the file is not valid JSON');
  expect(() => parseDump({ ...validDump(), format: 'other' })).toThrow(
    'format: This is not a Front Desk scores file.',
  );
  expect(() => parseDump({ ...validDump(), version: 2 })).toThrow(/version: Unsupported/);
  expect(() =>
    parseDump({ ...validDump(), attempts: [makeAttempt({ profileId: uuid(9) })] }),
  ).toThrow(`attempts.0.profileId: No profile with id ${uuid(9)} in this file.`);
  expect(() => parseDump({ ...validDump(), activeProfileId: uuid(9) })).toThrow(
    'activeProfileId: The active profile is not in this file.',
  );
});

it('lists at most five problems and counts the rest', () => {
  const attempts = Array.from({ length: 8 }, (_, n) => ({
    ...makeAttempt({ id: uuid(n) }),
    stars: 9,
  }));
  expect(() => parseDump({ ...validDump(), attempts })).toThrow('; and 3 more problem(s)');
});

it('uses the desktop bridge when present and IndexedDB otherwise', async () => {
  const invoke = vi.fn(async () => ({ ok: true, value: [] }));
  const desktop = await createScoresPort({ desktopApi: createScoresApi(invoke) });
  expect(await desktop.listProfiles()).toEqual([]);
  expect(invoke).toHaveBeenCalledWith('frontdesk:scores:list-profiles', undefined);

  const web = await createScoresPort({ desktopApi: undefined, indexedDB: new IDBFactory() });
  expect(await web.getStartupReport()).toMatchObject({ status: 'created' });
  expect(invoke).toHaveBeenCalledOnce();
});
