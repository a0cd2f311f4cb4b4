import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { levelCatalog } from '../../../src/levels/catalog.ts';
import {
  followUserLevels,
  parseImportResult,
  parseUserLevelFiles,
} from '../../../src/levels/user-levels.ts';
import { createLevelsApi } from '../../../src/storage/levels-api.ts';

const FIRST_SHIFT = readFileSync(
  new URL('../../../levels/first-shift.json', import.meta.url),
  'utf8',
);

it('accepts only well-formed file lists and import answers', () => {
  expect(parseUserLevelFiles([{ fileName: 'a.json', text: '{}' }])).toHaveLength(1);
  expect(parseUserLevelFiles([{ fileName: 'a.json', text: '{}', path: '/etc' }])).toBeNull();
  expect(parseUserLevelFiles({ fileName: 'a.json' })).toBeNull();
  expect(
    parseImportResult({ ok: true, fileName: 'a.json', levelId: 'a', replaced: false }),
  ).toMatchObject({ ok: true });
  expect(parseImportResult({ ok: true })).toEqual({
    ok: false,
    problems: ['the desktop app gave an unexpected answer'],
  });
});

it('lists the folder into the catalog and follows its changes', async () => {
  let push: (files: unknown) => void = () => undefined;
  const api = createLevelsApi(
    () =>
      Promise.resolve([
        { fileName: 'mine.json', text: FIRST_SHIFT.replace('"id": "first-shift"', '"id": "mine"') },
      ]),
    (_channel, listener) => {
      push = listener;
      return () => undefined;
    },
  );
  let changes = 0;
  const stop = levelCatalog.subscribe(() => (changes += 1));
  followUserLevels(api, levelCatalog, () => undefined);
  await Promise.resolve();
  await Promise.resolve();
  const mine = levelCatalog.byKey('user:mine.json');
  expect(mine).toMatchObject({ origin: 'user', id: 'mine', file: 'mine.json' });
  expect(mine?.level?.id).toBe('mine');

  push([
    { fileName: 'mine.json', text: '{ broken' },
    { fileName: 'huge.json', unreadable: 'the file is larger than 2 MB' },
  ]);
  expect(levelCatalog.byKey('user:mine.json')?.level).toBeNull();
  expect(levelCatalog.byKey('user:mine.json')?.problems[0]?.file).toBe('mine.json');
  expect(levelCatalog.byKey('user:huge.json')?.problems[0]?.message).toMatch(/2 MB/);
  push('not a list');
  expect(levelCatalog.byKey('user:huge.json')).toBeDefined();
  push([]);
  expect(levelCatalog.entries().some((e) => e.origin === 'user')).toBe(false);
  expect(changes).toBe(3);
  stop();
});
