import { expect, it } from 'vitest';
import type { ScoreStoreContents } from '../../../src/storage/scores/model.ts';
import { mergeStores } from '../../../src/storage/scores/queries.ts';
import { makeAttempt, makeProfile, uuid } from './fixtures.ts';

function store(overrides: Partial<ScoreStoreContents> = {}): ScoreStoreContents {
  return { profiles: [], attempts: [], activeProfileId: null, ...overrides };
}

it('unions attempts by id without duplicates', () => {
  const ada = makeProfile();
  const shared = makeAttempt({ id: uuid(10) });
  const local = store({ profiles: [ada], attempts: [shared, makeAttempt({ id: uuid(11) })] });
  const incoming = store({
    profiles: [ada],
    attempts: [shared, makeAttempt({ id: uuid(12) }), makeAttempt({ id: uuid(12) })],
  });
  const result = mergeStores(local, incoming);
  expect(result.merged.attempts.map((a) => a.id)).toEqual([uuid(10), uuid(11), uuid(12)]);
  expect(result.addedAttempts.map((a) => a.id)).toEqual([uuid(12)]);
  expect(result.skippedAttempts).toBe(2);
  expect(result.merged.profiles).toHaveLength(1);
});

it('adds nothing when the same file is merged a second time', () => {
  const ada = makeProfile();
  const incoming = store({ profiles: [ada], attempts: [makeAttempt({ id: uuid(10) })] });
  const once = mergeStores(store(), incoming);
  const twice = mergeStores(once.merged, incoming);
  expect(twice.addedAttempts).toEqual([]);
  expect(twice.addedProfiles).toEqual([]);
  expect(twice.skippedAttempts).toBe(1);
  expect(twice.merged).toEqual(once.merged);
});

it('keeps the local name of a profile present on both sides', () => {
  const local = store({ profiles: [makeProfile({ name: 'Ada L.' })] });
  const incoming = store({ profiles: [makeProfile({ name: 'Ada' })] });
  const { merged, addedProfiles } = mergeStores(local, incoming);
  expect(merged.profiles.map((p) => p.name)).toEqual(['Ada L.']);
  expect(addedProfiles).toEqual([]);
});

it('brings the profile of an incoming attempt whose player is unknown here', () => {
  const bo = makeProfile({ id: uuid(2), name: 'Bo' });
  const local = store({ profiles: [makeProfile()], activeProfileId: uuid(1) });
  const incoming = store({
    profiles: [bo],
    attempts: [makeAttempt({ id: uuid(20), profileId: bo.id })],
    activeProfileId: bo.id,
  });
  const result = mergeStores(local, incoming);
  expect(result.addedProfiles).toEqual([bo]);
  expect(result.merged.attempts.map((a) => a.profileId)).toEqual([bo.id]);
  // The local choice of player wins over the file's.
  expect(result.merged.activeProfileId).toBe(uuid(1));
});

it('takes the incoming active player when none is chosen locally', () => {
  const bo = makeProfile({ id: uuid(2), name: 'Bo' });
  const result = mergeStores(store(), store({ profiles: [bo], activeProfileId: bo.id }));
  expect(result.merged.activeProfileId).toBe(bo.id);
});

it('leaves out attempts whose player is in neither store, and counts them', () => {
  const result = mergeStores(store(), store({ attempts: [makeAttempt({ profileId: uuid(9) })] }));
  expect(result.merged.attempts).toEqual([]);
  expect(result.orphanedAttempts).toBe(1);
});
