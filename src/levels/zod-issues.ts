/**
 * Zod issues in words a trainer understands, placed on the text they are about: a wrong value
 * points at the value, a missing key at the object that lacks it, an unknown key at that key.
 */
import type { Node } from 'jsonc-parser';
import * as z from 'zod';
import { formatJsonPath, locate, type PathSegment } from './json-path.ts';
import type { OffsetProblem } from './problem.ts';
import { didYouMean } from './suggest.ts';

type Issue = z.core.$ZodIssue;
type Schema = z.core.$ZodType;

/** Steps through optional/default/nullable wrappers to the schema that does the work. */
function unwrap(schema: Schema): Schema {
  let current = schema;
  for (let inner = innerOf(current); inner !== undefined; inner = innerOf(current)) {
    current = inner;
  }
  return current;
}

function innerOf(schema: Schema): Schema | undefined {
  return (schema._zod.def as { innerType?: Schema }).innerType;
}

function acceptsNull(schema: Schema | undefined): boolean {
  for (let current = schema; current !== undefined; current = innerOf(current)) {
    if (current instanceof z.ZodNullable) return true;
  }
  return false;
}

/** The schema for the value at `path`, if the path stays inside objects, lists and tuples. */
function schemaAt(root: Schema, path: readonly PathSegment[]): Schema | undefined {
  let current: Schema | undefined = root;
  for (const segment of path) {
    const here: Schema = unwrap(current);
    if (here instanceof z.ZodObject && typeof segment === 'string') {
      current = (here.shape as Record<string, Schema | undefined>)[segment];
    } else if (here instanceof z.ZodArray) current = here.element as Schema;
    else if (here instanceof z.ZodTuple && typeof segment === 'number') {
      current = here.def.items[segment] as Schema | undefined;
    } else return undefined;
    if (current === undefined) return undefined;
  }
  return current;
}

function objectKeys(schema: Schema | undefined): string[] {
  const object = schema === undefined ? undefined : unwrap(schema);
  return object instanceof z.ZodObject ? Object.keys(object.shape) : [];
}

/** How a message names the field: `"patience"`, `item 2 of "choices"`, `the level`. */
export function fieldLabel(path: readonly PathSegment[]): string {
  const last = path.at(-1);
  if (last === undefined) return 'the level';
  if (typeof last === 'string') return `"${last}"`;
  const parent = path.at(-2);
  return `item ${last + 1} of ${typeof parent === 'string' ? `"${parent}"` : 'the list'}`;
}

const expectedNames: Record<string, string> = {
  string: 'text in double quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object { ... }',
  array: 'a list [ ... ]',
  tuple: 'a list [ ... ]',
  null: 'null',
};

/** A short description of what the author wrote, for "must be X, not Y". */
function describeValue(node: Node): string {
  switch (node.type) {
    case 'string': {
      const text = String(node.value);
      return `the text ${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}...` : text)}`;
    }
    case 'number':
    case 'boolean':
      return String(node.value);
    case 'null':
      return 'null';
    case 'object':
      return 'an object';
    default:
      return 'a list';
  }
}

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  if (issue.origin === 'string') {
    if (small) return limit === 1 ? 'must not be empty' : `needs at least ${limit} characters`;
    return `is too long (at most ${limit} characters)`;
  }
  if (issue.origin === 'array') {
    if (small) return limit === 1 ? 'must not be empty' : `needs at least ${limit} items`;
    return `allows at most ${limit} items`;
  }
  if (small) return issue.inclusive ? `must be at least ${limit}` : `must be more than ${limit}`;
  return issue.inclusive ? `must be at most ${limit}` : `must be less than ${limit}`;
}

function valueMessage(issue: Issue, node: Node, schema: Schema | undefined): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = expectedNames[issue.expected] ?? issue.expected;
      const orNull = acceptsNull(schema) ? ' or null' : '';
      return `must be ${expected}${orNull}, not ${describeValue(node)}`;
    }
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue);
    case 'invalid_value': {
      const options = issue.values.map((value) => JSON.stringify(value)).join(', ');
      const strings = issue.values.filter((value): value is string => typeof value === 'string');
      const hint = node.type === 'string' ? didYouMean(String(node.value), strings) : '';
      return `must be one of ${options}, not ${describeValue(node)}${hint}`;
    }
    case 'invalid_format':
    case 'invalid_union':
    case 'custom':
      return issue.message;
    default:
      return `is not valid: ${issue.message}`;
  }
}

function describeIssue(
  issue: Issue,
  root: Node,
  schema: Schema,
  room: number,
): { problems: OffsetProblem[]; total: number } {
  const path = issue.path.filter((segment) => typeof segment !== 'symbol');
  const where = locate(root, path);
  if (issue.code === 'unrecognized_keys') {
    const allowed = objectKeys(schemaAt(schema, path));
    const problems = issue.keys.slice(0, room).map((key): OffsetProblem => ({
      offset: locate(root, [...path, key]).key?.offset ?? where.node.offset,
      severity: 'error',
      message: `unknown field "${key}"${didYouMean(key, allowed)}`,
      path: formatJsonPath([...path, key]),
    }));
    return { problems, total: issue.keys.length };
  }
  if (!where.complete) {
    const missing = path.slice(0, where.depth + 1);
    const message = `missing required field ${fieldLabel(missing)}`;
    const problem: OffsetProblem = {
      offset: where.node.offset,
      severity: 'error',
      message,
      path: formatJsonPath(missing),
    };
    return { problems: [problem], total: 1 };
  }
  const message = `${fieldLabel(path)} ${valueMessage(issue, where.node, schemaAt(schema, path))}`;
  const problem: OffsetProblem = {
    offset: where.node.offset,
    severity: 'error',
    message,
    path: formatJsonPath(path),
  };
  return { problems: [problem], total: 1 };
}

/** Problems reported from one schema check; a hostile file could otherwise produce millions. */
export const MAX_SCHEMA_PROBLEMS = 100;

/** The issues as located problems in text order (at most `MAX_SCHEMA_PROBLEMS`, plus a count). */
export function describeZodIssues(
  issues: readonly Issue[],
  root: Node,
  schema: Schema,
): OffsetProblem[] {
  const problems: OffsetProblem[] = [];
  let total = 0;
  for (const issue of issues) {
    if (problems.length >= MAX_SCHEMA_PROBLEMS) {
      total += issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
      continue;
    }
    const described = describeIssue(issue, root, schema, MAX_SCHEMA_PROBLEMS - problems.length);
    problems.push(...described.problems);
    total += described.total;
  }
  problems.sort((a, b) => a.offset - b.offset);
  if (total > problems.length) {
    const message = `${total - problems.length} more problems like these; fix the ones above first`;
    problems.push({ offset: problems.at(-1)?.offset ?? 0, severity: 'error', message, path: '$' });
  }
  return problems;
}
