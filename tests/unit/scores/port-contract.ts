/**
 * The behaviour every `ScoresPort` must have, run against each back end (IndexedDB, SQLite,
 * the desktop bridge). Each test gets a fresh, empty store from `open`.
 */
import { expect, it } from 'vitest';
import type { ScoresPort } from '../../../src/storage/scores/port.ts';
import { makeAttempt, makeProfile, steppingEnvironment, uuid } from './fixtures.ts';

/** Opens a fresh empty port with the given environment; `close` releases it. */
export type OpenPort = (
  environment: ReturnType<typeof steppingEnvironment>,
) => Promise<{ port: ScoresPort; close: () => Promise<void> | void }>;

async function withPort(
  open: OpenPort,
  test: (port: ScoresPort, env: ReturnType<typeof steppingEnvironment>) => Promise<void>,
  firstId = 500,
): Promise<void> {
  const env = steppingEnvironment(undefined, firstId);
  const { port, close } = await open(env);
  try {
    await test(port, env);
  } finally {
    await close();
  }
}

/** Registers the contract tests, prefixed with `name`. */
export function portContract(name: string, open: OpenPort): void {
  it(`${name}: creates profiles with trimmed names and lists them oldest first`, () =>
    withPort(open, async (port, env) => {
      const first = await port.createProfile('  Ada  ');
      const second = await port.createProfile('Bo');
      expect(first).toEqual({
        id: env.issued[0],
        name: 'Ada',
        createdAt: '2025-03-01T08:00:00.000Z',
      });
      expect(await port.listProfiles()).toEqual([first, second]);
    }));

  it(`${name}: refuses empty and over-long names`, () =>
    withPort(open, async (port) => {
      await expect(port.createProfile('   ')).rejects.toMatchObject({ code: 'invalid-input' });
      await expect(port.createProfile('x'.repeat(41))).rejects.toMatchObject({
        code: 'invalid-input',
      });
      expect(await port.createProfile('x'.repeat(40))).toMatchObject({ name: 'x'.repeat(40) });
      expect(await port.listProfiles()).toHaveLength(1);
    }));

  it(`${name}: renames a profile and refuses unknown ids`, () =>
    withPort(open, async (port) => {
      const ada = await port.createProfile('Ada');
      expect(await port.renameProfile(ada.id, ' Ada L. ')).toEqual({ ...ada, name: 'Ada L.' });
      expect(await port.listProfiles()).toEqual([{ ...ada, name: 'Ada L.' }]);
      await expect(port.renameProfile(uuid(404), 'X')).rejects.toMatchObject({
        code: 'unknown-profile',
      });
    }));

  it(`${name}: records attempts and filters them by player and level, oldest first`, () =>
    withPort(open, async (port) => {
      const ada = await port.createProfile('Ada');
      const bo = await port.createProfile('Bo');
      const late = makeAttempt({
        id: uuid(11),
        profileId: ada.id,
        finishedAt: '2025-03-05T10:00:00Z',
      });
      const early = makeAttempt({
        id: uuid(10),
        profileId: ada.id,
        finishedAt: '2025-03-01T10:00:00Z',
      });
      const other = makeAttempt({ id: uuid(12), profileId: bo.id, levelId: 'second' });
      for (const attempt of [late, early, other]) await port.recordAttempt(attempt);
      expect(await port.listAttempts()).toEqual([early, other, late]);
      expect(await port.listAttempts({ profileId: ada.id })).toEqual([early, late]);
      expect(await port.listAttempts({ levelId: 'second' })).toEqual([other]);
      expect(await port.listAttempts({ profileId: ada.id, levelId: 'second' })).toEqual([]);
    }));

  it(`${name}: recording the same attempt twice stores it once`, () =>
    withPort(open, async (port) => {
      const ada = await port.createProfile('Ada');
      const attempt = makeAttempt({ profileId: ada.id });
      await port.recordAttempt(attempt);
      await port.recordAttempt(attempt);
      expect(await port.listAttempts()).toEqual([attempt]);
    }));

  it(`${name}: refuses attempts that are invalid or belong to nobody`, () =>
    withPort(open, async (port) => {
      await expect(port.recordAttempt(makeAttempt({ profileId: uuid(404) }))).rejects.toMatchObject(
        {
          code: 'unknown-profile',
        },
      );
      const ada = await port.createProfile('Ada');
      await expect(
        port.recordAttempt(makeAttempt({ profileId: ada.id, stars: 4 })),
      ).rejects.toMatchObject({ code: 'invalid-input' });
      expect(await port.listAttempts()).toEqual([]);
    }));

  it(`${name}: deleting a profile deletes its attempts and clears it as active`, () =>
    withPort(open, async (port) => {
      const ada = await port.createProfile('Ada');
      const bo = await port.createProfile('Bo');
      await port.recordAttempt(makeAttempt({ id: uuid(10), profileId: ada.id }));
      await port.recordAttempt(makeAttempt({ id: uuid(11), profileId: bo.id }));
      await port.setActiveProfileId(ada.id);
      await port.deleteProfile(ada.id);
      expect(await port.listProfiles()).toEqual([bo]);
      expect((await port.listAttempts()).map((a) => a.id)).toEqual([uuid(11)]);
      expect(await port.getActiveProfileId()).toBeNull();
      await port.deleteProfile(uuid(404));
    }));

  it(`${name}: remembers the active profile and refuses unknown ones`, () =>
    withPort(open, async (port) => {
      expect(await port.getActiveProfileId()).toBeNull();
      const ada = await port.createProfile('Ada');
      await port.setActiveProfileId(ada.id);
      expect(await port.getActiveProfileId()).toBe(ada.id);
      await expect(port.setActiveProfileId(uuid(404))).rejects.toMatchObject({
        code: 'unknown-profile',
      });
      expect(await port.getActiveProfileId()).toBe(ada.id);
      await port.setActiveProfileId(null);
      expect(await port.getActiveProfileId()).toBeNull();
    }));

  it(`${name}: exports everything and imports it elsewhere, idempotently`, async () => {
    let dump: unknown;
    await withPort(open, async (port) => {
      const ada = await port.createProfile('Ada');
      await port.recordAttempt(makeAttempt({ id: uuid(10), profileId: ada.id }));
      await port.recordAttempt(makeAttempt({ id: uuid(11), profileId: ada.id }));
      await port.setActiveProfileId(ada.id);
      dump = await port.exportAll();
      expect(dump).toMatchObject({
        format: 'front-desk-scores',
        version: 1,
        activeProfileId: ada.id,
      });
    });
    await withPort(
      open,
      async (port) => {
        const local = await port.createProfile('Cy');
        await port.setActiveProfileId(local.id);
        expect(await port.importAll(dump)).toEqual({ added: 2, skipped: 0, profilesAdded: 1 });
        expect(await port.importAll(dump)).toEqual({ added: 0, skipped: 2, profilesAdded: 0 });
        expect((await port.listAttempts()).map((a) => a.id)).toEqual([uuid(10), uuid(11)]);
        expect((await port.listProfiles()).map((p) => p.name)).toEqual(['Ada', 'Cy']);
        expect(await port.getActiveProfileId()).toBe(local.id);
      },
      600,
    );
  });

  it(`${name}: refuses a damaged import file with a clear reason and changes nothing`, () =>
    withPort(open, async (port) => {
      const ada = makeProfile({ id: uuid(1) });
      const bad = {
        format: 'front-desk-scores',
        version: 1,
        exportedAt: '2025-03-01T10:00:00.000Z',
        profiles: [ada],
        attempts: [makeAttempt({ id: uuid(10) }), { ...makeAttempt({ id: uuid(11) }), stars: 9 }],
        activeProfileId: null,
      };
      await expect(port.importAll(bad)).rejects.toMatchObject({
        code: 'invalid-dump',
        message: expect.stringContaining('attempts.1.stars'),
      });
      await expect(port.importAll({ format: 'something-else' })).rejects.toThrow(
        'not a Front Desk scores file',
      );
      expect(await port.listProfiles()).toEqual([]);
      expect(await port.listAttempts()).toEqual([]);
    }));
}
