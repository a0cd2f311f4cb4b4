import { IDBFactory } from 'fake-indexeddb';
import { expect, it } from 'vitest';
import { createScoresStore } from '../../../src/state/scores-store.ts';
import { openIndexedDbScoresPort } from '../../../src/storage/scores/indexeddb-port.ts';
import type { ScoresPort } from '../../../src/storage/scores/port.ts';
import { makeAttempt, steppingEnvironment } from '../scores/fixtures.ts';

async function freshPort(factory = new IDBFactory()): Promise<ScoresPort> {
  return openIndexedDbScoresPort({ factory, environment: steppingEnvironment() });
}

it('creates and activates a first player on first load, so a first play is kept', async () => {
  const store = createScoresStore(freshPort());
  expect(store.getState().status).toBe('loading');
  await store.getState().load('Player 1');
  const { status, profiles, activeProfileId, startupReport } = store.getState();
  expect(status).toBe('ready');
  expect(profiles.map((p) => p.name)).toEqual(['Player 1']);
  expect(activeProfileId).toBe(profiles[0]?.id);
  expect(startupReport).toBeNull();
});

it('does not add a default player when players exist, and activates the first one', async () => {
  const port = await freshPort();
  await port.createProfile('Ada');
  await port.createProfile('Bert');
  const store = createScoresStore(Promise.resolve(port));
  await store.getState().load('Player 1');
  expect(store.getState().profiles.map((p) => p.name)).toEqual(['Ada', 'Bert']);
  expect(store.getState().activeProfileId).toBe(store.getState().profiles[0]?.id);
});

it('remembers the active player across reopening', async () => {
  const factory = new IDBFactory();
  const first = createScoresStore(freshPort(factory));
  await first.getState().load('Player 1');
  const bert = await first.getState().createProfile('Bert');
  const second = createScoresStore(freshPort(factory));
  await second.getState().load('Player 1');
  expect(second.getState().activeProfileId).toBe(bert.id);
  expect(second.getState().profiles).toHaveLength(2);
});

it('records a play once, marks it saved, and a retry adds nothing', async () => {
  const store = createScoresStore(freshPort());
  await store.getState().load('Player 1');
  const profileId = store.getState().activeProfileId ?? '';
  const played = makeAttempt({ profileId });
  await store.getState().recordAttempt(played);
  await store.getState().recordAttempt(played);
  expect(store.getState().attempts).toEqual([played]);
  expect(store.getState().saves[played.id]).toBe('saved');
});

it('marks a refused play as failed and keeps the reason', async () => {
  const store = createScoresStore(freshPort());
  await store.getState().load('Player 1');
  const bad = makeAttempt({ profileId: '00000000-0000-4000-8000-0000000000ff' });
  await expect(store.getState().recordAttempt(bad)).rejects.toThrow();
  expect(store.getState().saves[bad.id]).toBe('failed');
  expect(store.getState().error).toMatch(/player|profile/i);
  expect(store.getState().attempts).toEqual([]);
});

it('refuses an empty name with a message and changes nothing', async () => {
  const store = createScoresStore(freshPort());
  await store.getState().load('Player 1');
  await expect(store.getState().createProfile('   ')).rejects.toThrow();
  expect(store.getState().error).toMatch(/empty/);
  expect(store.getState().profiles).toHaveLength(1);
});

it('renames a player', async () => {
  const store = createScoresStore(freshPort());
  await store.getState().load('Player 1');
  const id = store.getState().activeProfileId ?? '';
  await store.getState().renameProfile(id, '  Ada  ');
  expect(store.getState().profiles[0]?.name).toBe('Ada');
});

it('deleting the active player removes their plays and activates another', async () => {
  const store = createScoresStore(freshPort());
  await store.getState().load('Player 1');
  const first = store.getState().activeProfileId ?? '';
  const bert = await store.getState().createProfile('Bert');
  await store.getState().recordAttempt(makeAttempt({ profileId: bert.id }));
  await store.getState().deleteProfile(bert.id);
  expect(store.getState().profiles.map((p) => p.id)).toEqual([first]);
  expect(store.getState().activeProfileId).toBe(first);
  expect(store.getState().attempts).toEqual([]);
});

it('goes on without scores when the storage cannot be opened', async () => {
  const store = createScoresStore(Promise.reject(new Error('IndexedDB is disabled')));
  await store.getState().load('Player 1');
  expect(store.getState().status).toBe('unavailable');
  expect(store.getState().error).toBe('IndexedDB is disabled');
});

it('keeps a restored-from-backup report for the player until dismissed', async () => {
  const port = await freshPort();
  const restored: ScoresPort = {
    ...port,
    getStartupReport: () =>
      Promise.resolve({ status: 'restored', restoredFrom: 'scores.db.bak', message: 'Restored.' }),
  };
  const store = createScoresStore(Promise.resolve(restored));
  await store.getState().load('Player 1');
  expect(store.getState().startupReport?.status).toBe('restored');
  store.getState().dismissStartupReport();
  expect(store.getState().startupReport).toBeNull();
});
