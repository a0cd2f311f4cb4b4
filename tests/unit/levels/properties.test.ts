/**
 * Property tests: no input makes the loader throw or touch Object.prototype, and a valid level
 * survives JSON.stringify and loading unchanged.
 */
import fc from 'fast-check';
import { afterEach, expect, it } from 'vitest';
import { loadLevelFromText, type LoadResult } from '../../../src/levels/load.ts';
import { validLevelData, validLevelText } from './helpers.ts';
import { validLevel } from './level-arbitrary.ts';

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
});

/** What every result must look like, whatever the input. */
function expectWellFormed(result: LoadResult): void {
  for (const problem of result.problems) {
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(['error', 'warning']).toContain(problem.severity);
    expect(problem.message.length).toBeGreaterThan(0);
    expect(problem.path.startsWith('$')).toBe(true);
  }
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  expect(result.ok).toBe(errors.length === 0);
}

it('never throws on arbitrary strings', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
      expectWellFormed(loadLevelFromText(text, 'any.json'));
    }),
  );
});

it('never throws on arbitrary JSON', () => {
  fc.assert(
    fc.property(fc.json({ maxDepth: 6 }), (text) => {
      const result = loadLevelFromText(text, 'any.json');
      expectWellFormed(result);
      expect(result.ok).toBe(false);
    }),
  );
});

const hostileKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'polluted',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'title',
);

/** JSON text built directly, so keys like `__proto__` really appear in it. */
const hostileJson = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('1', 'true', 'null', '"polluted"', '{}'),
    fc
      .array(fc.tuple(hostileKey, tie('value')), { maxLength: 4 })
      .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
    fc.array(tie('value'), { maxLength: 3 }).map((items) => `[${items.join(',')}]`),
  ),
})).value;

it('never pollutes Object.prototype, whatever keys the file uses', () => {
  fc.assert(
    fc.property(hostileJson, (inner) => {
      const text = `{"schemaVersion":1,"title":${inner},${inner.slice(1, -1) || '"x":1'}}`;
      expectWellFormed(loadLevelFromText(text, 'hostile.json'));
      expectWellFormed(loadLevelFromText(inner, 'hostile.json'));
    }),
  );
});

/** Every path to a value in the data, root included. */
function pathsOf(data: unknown): (string | number)[][] {
  const paths: (string | number)[][] = [];
  const stack: [unknown, (string | number)[]][] = [[data, []]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [value, path] = item;
    paths.push(path);
    if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        stack.push([child, [...path, Array.isArray(value) ? Number(key) : key]]);
      }
    }
  }
  return paths;
}

type Mutation =
  | { kind: 'delete' }
  | { kind: 'replace'; value: unknown }
  | { kind: 'add'; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>({ kind: 'delete' }),
  fc.jsonValue({ maxDepth: 3 }).map((value): Mutation => ({ kind: 'replace', value })),
  fc
    .tuple(fc.oneof(hostileKey, fc.string({ maxLength: 8 })), fc.jsonValue({ maxDepth: 2 }))
    .map(([key, value]): Mutation => ({ kind: 'add', key, value })),
);

function mutate(data: unknown, path: (string | number)[], change: Mutation): unknown {
  if (path.length === 0) return change.kind === 'replace' ? change.value : data;
  let parent = data as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as typeof parent;
  const last = path.at(-1) as string | number;
  if (change.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (change.kind === 'replace') {
    Object.defineProperty(parent, last, {
      value: change.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    const target = parent[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
      // defineProperty, so "__proto__" becomes a real key of the JSON text.
      Object.defineProperty(target, change.key, {
        value: change.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return data;
}

it('never throws on mutations of a valid level', () => {
  const paths = pathsOf(validLevelData());
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.nat(paths.length - 1), mutation), { maxLength: 3 }),
      (changes) => {
        let data: unknown = validLevelData();
        for (const [index, change] of changes) {
          const path = pathsOf(data)[index % pathsOf(data).length] ?? [];
          data = mutate(data, path, change);
        }
        expectWellFormed(loadLevelFromText(JSON.stringify(data, null, 2), 'mutated.json'));
      },
    ),
    { numRuns: 300 },
  );
});

it('never throws on character-level edits of a valid level', () => {
  const edit = fc.tuple(fc.nat(validLevelText.length), fc.nat(5), fc.string({ maxLength: 4 }));
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
      let text = validLevelText;
      for (const [at, removed, inserted] of edits) {
        const where = at % (text.length + 1);
        text = text.slice(0, where) + inserted + text.slice(where + removed);
      }
      expectWellFormed(loadLevelFromText(text, 'edited.json'));
    }),
    { numRuns: 300 },
  );
});

it('loads a valid level written with JSON.stringify back to the same level', () => {
  fc.assert(
    fc.property(validLevel, (level) => {
      const result = loadLevelFromText(JSON.stringify(level), 'round-trip.json');
      expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
      expect(result.ok && result.level).toEqual(level);
    }),
    { numRuns: 60 },
  );
});
