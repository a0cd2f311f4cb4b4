import { expect, it } from 'vitest';
import { createSqliteScoresPort } from '../../../electron/lib/scores/sqlite-port.ts';
import { openScoreStore } from '../../../electron/lib/scores/sqlite-store.ts';
import { makeAttempt, steppingEnvironment } from './fixtures.ts';
import { portContract } from './port-contract.ts';
import { tempDir } from './temp-dir.ts';

portContract('SQLite', async (environment) => {
  const store = openScoreStore({ directory: tempDir() });
  return { port: createSqliteScoresPort(store, environment), close: () => store.close() };
});

it('SQLite: keeps everything across closing and reopening', async () => {
  const directory = tempDir();
  const environment = steppingEnvironment();
  const first = openScoreStore({ directory });
  const port = createSqliteScoresPort(first, environment);
  expect(await port.getStartupReport()).toMatchObject({ status: 'created' });
  const ada = await port.createProfile('Ada');
  const attempt = makeAttempt({ profileId: ada.id });
  await port.recordAttempt(attempt);
  await port.setActiveProfileId(ada.id);
  first.close();

  const second = openScoreStore({ directory });
  const reopened = createSqliteScoresPort(second, environment);
  expect(await reopened.getStartupReport()).toMatchObject({ status: 'ok' });
  expect(await reopened.listProfiles()).toEqual([ada]);
  expect(await reopened.listAttempts()).toEqual([attempt]);
  expect(await reopened.getActiveProfileId()).toBe(ada.id);
  second.close();
});
