import { expect, it } from 'vitest';
import { createLevelImportStore } from '../../../src/state/level-import-store.ts';
import { createLevelsApi } from '../../../src/storage/levels-api.ts';

function storeAnswering(...answers: unknown[]) {
  const calls: string[] = [];
  const api = createLevelsApi(
    (channel) => {
      calls.push(channel);
      const answer = answers.shift();
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
    () => () => undefined,
  );
  return { store: createLevelImportStore(api), calls };
}

it('keeps a successful import to show it', async () => {
  const { store } = storeAnswering({ ok: true, fileName: 'a.json', levelId: 'a', replaced: false });
  await store.getState().run();
  expect(store.getState().outcome).toEqual({
    ok: true,
    fileName: 'a.json',
    levelId: 'a',
    replaced: false,
  });
  expect(store.getState().busy).toBe(false);
});

it('keeps a refusal with its problems, and a cancelled dialog leaves it as it was', async () => {
  const { store } = storeAnswering(
    { ok: false, problems: ['x.json:3:4: error: bad'] },
    { ok: false, cancelled: true },
  );
  await store.getState().run();
  await store.getState().run();
  expect(store.getState().outcome).toEqual({ ok: false, problems: ['x.json:3:4: error: bad'] });
  store.getState().clear();
  expect(store.getState().outcome).toBeNull();
});

it('turns a failed call into a refusal naming the reason, and runs one import at a time', async () => {
  const { store, calls } = storeAnswering(new Error('failed: request failed'));
  await Promise.all([store.getState().run(), store.getState().run()]);
  expect(calls).toHaveLength(1);
  expect(store.getState().outcome).toEqual({ ok: false, problems: ['failed: request failed'] });
});
