import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { expect, it } from 'vitest';
import { openIndexedDbScoresPort } from '../../../src/storage/scores/indexeddb-port.ts';
import { makeAttempt, steppingEnvironment } from './fixtures.ts';
import { portContract } from './port-contract.ts';

portContract('IndexedDB', async (environment) => {
  const port = await openIndexedDbScoresPort({ factory: new IDBFactory(), environment });
  return { port, close: () => port.close() };
});

it('IndexedDB: keeps the data across reopening and reports a new store only the first time', async () => {
  const factory = new IDBFactory();
  const environment = steppingEnvironment();
  const first = await openIndexedDbScoresPort({ factory, environment });
  expect(await first.getStartupReport()).toMatchObject({ status: 'created' });
  const ada = await first.createProfile('Ada');
  await first.recordAttempt(makeAttempt({ profileId: ada.id }));
  first.close();

  const second = await openIndexedDbScoresPort({ factory, environment });
  expect(await second.getStartupReport()).toMatchObject({ status: 'ok' });
  expect(await second.listProfiles()).toEqual([ada]);
  expect(await second.listAttempts()).toHaveLength(1);
  second.close();
});

it('IndexedDB: a failed import writes nothing at all', async () => {
  const factory = new IDBFactory();
  const port = await openIndexedDbScoresPort({ factory, environment: steppingEnvironment() });
  const dump = {
    format: 'front-desk-scores',
    version: 1,
    exportedAt: '2025-03-01T10:00:00.000Z',
    profiles: [{ id: makeAttempt().profileId, name: 'Ada', createdAt: '2025-03-01T09:00:00Z' }],
    attempts: [makeAttempt()],
    activeProfileId: null,
  };
  // Make the transaction fail half way: the profile add succeeds, then an attempt add throws.
  const original = IDBObjectStore.prototype.add;
  IDBObjectStore.prototype.add = function (
    this: IDBObjectStore,
    ...args: Parameters<typeof original>
  ) {
    if (this.name === 'attempts') throw new Error('disk full');
    return original.apply(this, args);
  };
  try {
    await expect(port.importAll(dump)).rejects.toThrow('disk full');
  } finally {
    IDBObjectStore.prototype.add = original;
  }
  expect(await port.listProfiles()).toEqual([]);
  port.close();
});
