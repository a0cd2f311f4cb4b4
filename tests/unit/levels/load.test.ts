import { expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../../src/core/level.ts';
import { MAX_LEVEL_BYTES, loadLevelFromText } from '../../../src/levels/load.ts';
import { formatProblem, summarize, type Problem } from '../../../src/levels/problem.ts';
import { positionOf, toText, validLevelData, validLevelText } from './helpers.ts';

function messages(problems: readonly Problem[]): string[] {
  return problems.map((problem) => problem.message);
}

it('fills every default and drops the editor-only $schema key', () => {
  const result = loadLevelFromText(validLevelText, 'tiny.json');
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  const [customer] = result.level.customers;
  expect(customer).toMatchObject({
    patience: 100,
    address: 'formal',
    traits: [],
    satisfaction: 50,
    selfEsteem: 50,
    look: { accessory: 'none' },
  });
  expect(result.level.rules).toEqual(DEFAULT_RULES);
  const [greet, ignore] = result.level.dialogues[0]?.nodes[0]?.choices ?? [];
  expect(greet?.effects).toEqual({ satisfaction: 30, selfEsteem: 20, patience: 0 });
  expect(greet?.breaks).toEqual([]);
  expect(ignore?.honours).toEqual([]);
  expect('$schema' in result.level).toBe(false);
});

it('keeps rules the level sets and defaults the rest', () => {
  const data = validLevelData();
  data.rules = { walkOutPenalty: 40 };
  const result = loadLevelFromText(toText(data), 'rules.json');
  expect(result.ok && result.level.rules).toEqual({ ...DEFAULT_RULES, walkOutPenalty: 40 });
});

it('sorts arrivals by time, keeping file order for equal times', () => {
  const data = validLevelData();
  data.customers.push({ ...data.customers[0], id: 'tomas', name: 'Tomas' });
  data.shift.arrivals = [
    { at: 30, customer: 'rasa' },
    { at: 5, customer: 'tomas' },
    { at: 30, customer: 'tomas' },
  ];
  data.scoring.stars = [10, 20, 30];
  const result = loadLevelFromText(toText(data), 'sorted.json');
  const order = result.ok ? result.level.shift.arrivals.map((a) => `${a.at}:${a.customer}`) : [];
  expect(order).toEqual(['5:tomas', '30:rasa', '30:tomas']);
});

it('reports problems at the arrival as written, not as sorted', () => {
  const data = validLevelData();
  data.shift.arrivals = [
    { at: 99, customer: 'rasa' },
    { at: 1, customer: 'rasa' },
  ];
  const text = toText(data);
  const [problem] = loadLevelFromText(text, 'late.json').problems;
  expect(problem).toMatchObject({ path: '$.shift.arrivals[0].at', ...positionOf(text, '99') });
});

it('reports every semantic problem in one pass, in text order', () => {
  const data = validLevelData();
  data.customers.push({ ...data.customers[0] });
  data.dialogues[0].nodes[0].choices[1].breaks = ['sin-red-alrt'];
  data.scoring.stars = [50, 40, 170];
  const result = loadLevelFromText(toText(data), 'many.json');
  expect(messages(result.problems)).toEqual([
    'customer id "rasa" is already used by an earlier customer; ids must be unique',
    'unknown principle "sin-red-alrt" (did you mean "sin-red-alert"?)',
    'star thresholds must go up: 50, 40, 170',
  ]);
  expect(result.ok).toBe(false);
});

it('accepts a byte-order mark and reports positions as if it were a space', () => {
  const text = `\uFEFF${validLevelText.replace('"id": "tiny-shift"', '"id": "Tiny"')}`;
  const [problem] = loadLevelFromText(text, 'bom.json').problems;
  expect(problem?.message).toBe(
    '"id" must be lowercase letters and digits joined by single hyphens, like "anna-returns"',
  );
  expect(problem).toMatchObject(positionOf(text, '"Tiny"'));
});

it('explains an empty file and a file that is not an object', () => {
  expect(messages(loadLevelFromText('  \n', 'empty.json').problems)).toEqual([
    'the file is empty: a level is a JSON object, { ... }',
  ]);
  expect(messages(loadLevelFromText('[1, 2]', 'list.json').problems)).toEqual([
    'a level file must be a JSON object, { ... }',
  ]);
});

it('names a schemaVersion that is not a number plainly', () => {
  const text = validLevelText.replace('"schemaVersion": 1', '"schemaVersion": "1"');
  expect(messages(loadLevelFromText(text, 'v.json').problems)).toEqual([
    'schemaVersion must be 1, not "1"',
  ]);
});

it('suggests the right spelling of a nested key and of an option', () => {
  const data = validLevelData();
  data.customers[0].look.hairstyle = data.customers[0].look.hairStyle;
  delete data.customers[0].look.hairStyle;
  data.difficulty = 'medum';
  const result = loadLevelFromText(toText(data), 'typos.json');
  expect(messages(result.problems)).toEqual([
    '"difficulty" must be one of "intro", "easy", "medium", "hard", not the text "medum" (did you mean "medium"?)',
    'missing required field "hairStyle"',
    'unknown field "hairstyle" (did you mean "hairStyle"?)',
  ]);
});

it('words type errors for whole numbers and nullable fields', () => {
  const data = validLevelData();
  data.shift.seed = 1.5;
  data.dialogues[0].nodes[0].choices[0].next = 5;
  const result = loadLevelFromText(toText(data), 'types.json');
  expect(messages(result.problems)).toEqual([
    '"seed" must be a whole number, not 1.5',
    '"next" must be text in double quotes or null, not 5',
  ]);
});

it('checks locales: duplicates, the default and every missing translation', () => {
  const data = validLevelData();
  data.locales = ['en', 'lt', 'et', 'lt'];
  data.defaultLocale = 'pl';
  const result = loadLevelFromText(toText(data), 'locales.json');
  // In text order: title, description and the objective come before "locales".
  expect(messages(result.problems).slice(0, 5)).toEqual([
    'missing "lt" and "et" translations',
    'missing "lt" and "et" translations',
    'missing "lt" and "et" translations',
    '"lt" is listed twice in "locales"',
    'default locale "pl" is not one of the level\'s "locales"',
  ]);
  // title, description, one objective, one line, two choices with text and feedback.
  expect(result.problems).toHaveLength(2 + 3 + 1 + 4);
});

it('caps a flood of schema problems with a count of the rest', () => {
  const keys = Array.from({ length: 1000 }, (_, index) => `"extra${index}": 0`).join(', ');
  const text = validLevelText.replace('{', `{ ${keys},`);
  const { problems } = loadLevelFromText(text, 'flood.json');
  expect(problems).toHaveLength(101);
  expect(problems.at(-1)?.message).toBe('900 more problems like these; fix the ones above first');
});

it('rejects a file over 2 MB of UTF-8 without parsing it', () => {
  const text = `{"schemaVersion": 1, "author": "${'x'.repeat(MAX_LEVEL_BYTES)}"}`;
  expect(loadLevelFromText(text, 'big.json').problems.map(formatProblem)).toEqual([
    'big.json:1:1: error: the file is larger than 2 MB; a level is far smaller ($)',
  ]);
});

it('measures the limit in UTF-8 bytes, not characters', () => {
  // Two bytes per "ą": short in characters, over the limit in bytes.
  const text = `"${'ą'.repeat(MAX_LEVEL_BYTES / 2)}"`;
  expect(text.length).toBeLessThan(MAX_LEVEL_BYTES);
  expect(messages(loadLevelFromText(text, 'wide.json').problems)).toEqual([
    'the file is larger than 2 MB; a level is far smaller',
  ]);
  const justUnder = `${' '.repeat(MAX_LEVEL_BYTES - 2)}[]`;
  expect(messages(loadLevelFromText(justUnder, 'edge.json').problems)).toEqual([
    'a level file must be a JSON object, { ... }',
  ]);
});

it('refuses hostile nesting and floods under the size limit without overflowing the stack', () => {
  const deep = '['.repeat(MAX_LEVEL_BYTES - 10);
  expect(loadLevelFromText(deep, 'deep.json').problems.map(formatProblem)).toEqual([
    'deep.json:1:65: error: objects and lists are nested more than 64 levels deep ($)',
  ]);
  const values = `[${'0,'.repeat(300_000)}0]`;
  expect(messages(loadLevelFromText(values, 'values.json').problems)).toEqual([
    'the file holds more than 200000 values; a level needs far fewer',
  ]);
  const commas = `[${','.repeat(MAX_LEVEL_BYTES - 10)}`;
  expect(messages(loadLevelFromText(commas, 'commas.json').problems)).toEqual([
    'the file has too many commas, brackets and values to be a level',
  ]);
  const garbage = 'no json here '.repeat(10_000);
  expect(messages(loadLevelFromText(garbage, 'garbage.json').problems)).toEqual([
    'this is not JSON: it is full of unexpected characters',
  ]);
});

it('formats problems the way editors and CI logs expect, and counts them', () => {
  const problem: Problem = {
    file: 'levels/a.json',
    line: 3,
    column: 7,
    severity: 'warning',
    message: 'dialogue "x" is not used by any customer',
    path: '$.dialogues[1].id',
  };
  expect(formatProblem(problem)).toBe(
    'levels/a.json:3:7: warning: dialogue "x" is not used by any customer ($.dialogues[1].id)',
  );
  const error: Problem = { ...problem, severity: 'error' };
  expect(summarize([problem, error, error])).toEqual({
    errors: 2,
    warnings: 1,
    text: '2 errors, 1 warning',
  });
  expect(summarize([]).text).toBe('0 errors, 0 warnings');
});
