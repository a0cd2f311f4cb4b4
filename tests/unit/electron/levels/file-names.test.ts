import { expect, it } from 'vitest';
import {
  isListedLevelFile,
  safeLevelFileName,
} from '../../../../electron/lib/levels/file-names.ts';

it('keeps a plain level id as it is', () => {
  expect(safeLevelFileName('lunch-rush')).toBe('lunch-rush.json');
});

it('cannot climb out of the folder or carry separators', () => {
  for (const hostile of ['../../etc/passwd', '..\\..\\boot.ini', '/abs/path.json', 'a/b\\c']) {
    const name = safeLevelFileName(hostile);
    expect(name).not.toMatch(/[/\\]/);
    expect(name.startsWith('.')).toBe(false);
    expect(name).toMatch(/^[a-z0-9_-]+\.json$/);
  }
});

it('avoids names Windows reserves, and empty or strange names', () => {
  expect(safeLevelFileName('con')).toBe('con-level.json');
  expect(safeLevelFileName('LPT1.json')).toBe('lpt1-level.json');
  expect(safeLevelFileName('\u0000\u0001')).toBe('level.json');
  expect(safeLevelFileName('...')).toBe('level.json');
  expect(safeLevelFileName('Pirmoji pamaina — ąčęėįšųūž')).toBe('pirmoji-pamaina-aceeisuuz.json');
  expect(safeLevelFileName('x'.repeat(500))).toHaveLength(80 + '.json'.length);
});

it('lists only visible level files', () => {
  expect(isListedLevelFile('lunch.json')).toBe(true);
  expect(isListedLevelFile('LUNCH.JSON')).toBe(true);
  expect(isListedLevelFile('.hidden.json')).toBe(false);
  expect(isListedLevelFile('lunch.json.123.4.tmp')).toBe(false);
  expect(isListedLevelFile('notes.txt')).toBe(false);
  expect(isListedLevelFile('level.schema.json')).toBe(false);
});
