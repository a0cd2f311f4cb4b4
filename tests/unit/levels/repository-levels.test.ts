/**
 * The committed files: the JSON Schema must match the Zod schema it is generated from, and
 * every shipped level must load without errors.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { levelJsonSchema } from '../../../src/levels/json-schema.ts';
import { loadLevelFromText } from '../../../src/levels/load.ts';
import { formatProblem } from '../../../src/levels/problem.ts';

const levelsDir = new URL('../../../levels/', import.meta.url);

it('levels/level.schema.json is up to date (run "npm run levels -- schema")', () => {
  const committed: unknown = JSON.parse(
    readFileSync(new URL('level.schema.json', levelsDir), 'utf8'),
  );
  expect(committed).toEqual(levelJsonSchema());
});

it('the JSON Schema documents every field for editors', () => {
  const schema = levelJsonSchema();
  expect(schema).toMatchObject({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Front Desk level',
    additionalProperties: false,
  });
  // Walk the schema: every property of every object carries a description.
  const undocumented: string[] = [];
  const stack: [unknown, string][] = [[schema, '$']];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [node, where] = item;
    if (node === null || typeof node !== 'object') continue;
    const properties = (node as { properties?: Record<string, { description?: string }> })
      .properties;
    for (const [key, property] of Object.entries(properties ?? {})) {
      if (!property.description) undocumented.push(`${where}.${key}`);
    }
    for (const [key, child] of Object.entries(node)) stack.push([child, `${where}/${key}`]);
  }
  expect(undocumented).toEqual([]);
});

const levelFiles = readdirSync(levelsDir).filter(
  (name) => name.endsWith('.json') && !name.endsWith('.schema.json'),
);

it('ships at least one level', () => {
  expect(levelFiles).toContain('first-shift.json');
});

for (const name of levelFiles) {
  it(`levels/${name} loads without errors`, () => {
    const text = readFileSync(new URL(name, levelsDir), 'utf8');
    const result = loadLevelFromText(text, `levels/${name}`);
    const errors = result.problems.filter((problem) => problem.severity === 'error');
    expect(errors.map(formatProblem)).toEqual([]);
    expect(result.ok).toBe(true);
  });
}

it('the complete example level in docs/authoring-levels.md loads without problems', () => {
  const guide = readFileSync(new URL('../../../docs/authoring-levels.md', import.meta.url), 'utf8');
  const example = /<!-- example-level[^>]*-->\s*```json\n([\s\S]*?)```/.exec(guide)?.[1];
  expect(example).toBeDefined();
  const result = loadLevelFromText(example ?? '', 'docs/authoring-levels.md');
  expect(result.problems.map(formatProblem)).toEqual([]);
  expect(result.ok && result.level.scoring.stars).toEqual([60, 120, 170]);
});
