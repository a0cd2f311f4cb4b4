import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import {
  ensureLevelsFolder,
  importLevelFile,
  listLevelFiles,
} from '../../../../electron/lib/levels/folder.ts';
import { MAX_LEVEL_BYTES } from '../../../../src/levels/load.ts';
import { tempDir } from '../../scores/temp-dir.ts';

const FIRST_SHIFT = readFileSync(
  new URL('../../../../levels/first-shift.json', import.meta.url),
  'utf8',
);

it('creates the folder and lists only level files, oversize ones unread', async () => {
  const folder = await ensureLevelsFolder(tempDir());
  writeFileSync(join(folder, 'b.json'), '{"b": 1}');
  writeFileSync(join(folder, 'a.json'), '{"a": 1}');
  writeFileSync(join(folder, 'notes.txt'), 'not a level');
  writeFileSync(join(folder, 'huge.json'), ' '.repeat(MAX_LEVEL_BYTES + 1));
  const files = await listLevelFiles(folder);
  expect(files.map((f) => f.fileName)).toEqual(['a.json', 'b.json', 'huge.json']);
  expect(files[0]).toEqual({ fileName: 'a.json', text: '{"a": 1}' });
  expect(files[2]).toMatchObject({
    fileName: 'huge.json',
    unreadable: expect.stringMatching(/larger than 2 MB/),
  });
});

it('refuses an invalid level with its problems and copies nothing', async () => {
  const folder = await ensureLevelsFolder(tempDir());
  const source = join(tempDir(), 'broken.json');
  writeFileSync(
    source,
    FIRST_SHIFT.replace('"schemaVersion": 1', '"schemaVersion": 1,\n  "colour": "red"'),
  );
  const result = await importLevelFile(source, folder);
  expect(result.ok).toBe(false);
  expect('problems' in result && result.problems[0]).toMatch(
    /^broken\.json:\d+:\d+: error: .*colour/,
  );
  expect(readdirSync(folder)).toEqual([]);
});

it('refuses a file that is not JSON, or too large, without reading it all', async () => {
  const folder = await ensureLevelsFolder(tempDir());
  const notJson = join(tempDir(), 'notes.json');
  writeFileSync(notJson, 'hello');
  expect(await importLevelFile(notJson, folder)).toMatchObject({
    ok: false,
    problems: expect.arrayContaining([expect.stringMatching(/^notes\.json:1:1: error/)]),
  });
  const huge = join(tempDir(), 'huge.json');
  writeFileSync(huge, ' '.repeat(MAX_LEVEL_BYTES + 1));
  expect(await importLevelFile(huge, folder)).toMatchObject({
    ok: false,
    problems: [expect.stringMatching(/larger than 2 MB/)],
  });
  expect(await importLevelFile(join(tempDir(), 'missing.json'), folder)).toMatchObject({
    ok: false,
  });
  expect(readdirSync(folder)).toEqual([]);
});

it('copies a valid level under its id, and a re-import replaces it', async () => {
  const folder = await ensureLevelsFolder(tempDir());
  const source = join(tempDir(), 'My Level (final).json');
  writeFileSync(source, FIRST_SHIFT);
  expect(await importLevelFile(source, folder)).toEqual({
    ok: true,
    fileName: 'first-shift.json',
    levelId: 'first-shift',
    replaced: false,
  });
  expect(readFileSync(join(folder, 'first-shift.json'), 'utf8')).toBe(FIRST_SHIFT);
  const edited = FIRST_SHIFT.replace('"version": "', '"version": "9');
  writeFileSync(source, edited);
  expect(await importLevelFile(source, folder)).toMatchObject({ ok: true, replaced: true });
  expect(readFileSync(join(folder, 'first-shift.json'), 'utf8')).toBe(edited);
  // Atomic copy: no temp file is left behind.
  expect(readdirSync(folder)).toEqual(['first-shift.json']);
});
