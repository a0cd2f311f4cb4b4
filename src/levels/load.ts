/**
 * Loading a level from untrusted text: size, syntax, safety limits, format version, schema,
 * then meaning. Runs the same in the browser, the CLI and Electron's main process.
 */
import type { Node } from 'jsonc-parser';
import type { Level } from '../core/level.ts';
import { formatJsonPath, locate, propertyNode } from './json-path.ts';
import { parseJsonTree } from './parse-json.ts';
import { hasNoErrors, type LevelIssue, type OffsetProblem, type Problem } from './problem.ts';
import { SCHEMA_VERSION, levelFileSchema, type LevelFile } from './schema.ts';
import { checkLevelSemantics } from './semantics.ts';
import { createPositionLookup, utf8LengthExceeds } from './text-measure.ts';
import { treeToData } from './tree-to-data.ts';
import { describeZodIssues } from './zod-issues.ts';

/** Largest level file accepted, in UTF-8 bytes. */
export const MAX_LEVEL_BYTES = 2 * 1024 * 1024;

/** The outcome of loading: a level (maybe with warnings) or the problems that stopped it. */
export type LoadResult =
  | { readonly ok: true; readonly level: Level; readonly problems: Problem[] }
  | { readonly ok: false; readonly problems: Problem[] };

/** The message for a file over the size limit (the CLI uses it before reading a huge file). */
export function tooLargeMessage(): string {
  return `the file is larger than ${MAX_LEVEL_BYTES / (1024 * 1024)} MB; a level is far smaller`;
}

/** Checks `schemaVersion` first, so a newer file gets one clear message instead of many. */
function checkSchemaVersion(root: Node): OffsetProblem | undefined {
  const error = (offset: number, message: string, path = '$.schemaVersion'): OffsetProblem => ({
    offset,
    severity: 'error',
    message,
    path,
  });
  if (root.type !== 'object') {
    return error(root.offset, 'a level file must be a JSON object, { ... }', '$');
  }
  const value = propertyNode(root, 'schemaVersion')?.children?.[1];
  if (value === undefined) {
    return error(
      root.offset,
      `missing "schemaVersion": start the level with "schemaVersion": ${SCHEMA_VERSION}`,
    );
  }
  if (value.type === 'number' && value.value === SCHEMA_VERSION) return undefined;
  if (value.type === 'number' && Number.isInteger(value.value) && value.value > SCHEMA_VERSION) {
    const message = `schemaVersion ${value.value} is newer than this game understands (${SCHEMA_VERSION}); update the game to play this level`;
    return error(value.offset, message);
  }
  const written = value.type === 'string' ? JSON.stringify(value.value) : String(value.value);
  return error(value.offset, `schemaVersion must be ${SCHEMA_VERSION}, not ${written}`);
}

/**
 * The checked file as the simulation's `Level`: editor metadata dropped, arrivals sorted by
 * time (stable, so equal times keep file order). The return type makes the compiler prove the
 * schema's output fits `Level`.
 */
export function toLevel(file: LevelFile): Level {
  const level = { ...file };
  delete level.$schema;
  const arrivals = [...file.shift.arrivals].sort((a, b) => a.at - b.at);
  return { ...level, shift: { ...file.shift, arrivals } };
}

function place(fileName: string, text: string, problems: readonly OffsetProblem[]): Problem[] {
  const positionOf = createPositionLookup(text);
  return problems.map(({ offset, severity, message, path }) => ({
    file: fileName,
    ...positionOf(offset),
    severity,
    message,
    path,
  }));
}

function locateIssue(root: Node, issue: LevelIssue): OffsetProblem {
  const { node } = locate(root, issue.path);
  const path = formatJsonPath(issue.path);
  return { offset: node.offset, severity: issue.severity, message: issue.message, path };
}

function failed(fileName: string, text: string, problems: readonly OffsetProblem[]): LoadResult {
  return { ok: false, problems: place(fileName, text, problems) };
}

/**
 * Loads a level from `text` (the contents of `fileName`, which only labels the problems).
 * Never throws on bad input: everything wrong comes back as problems with line and column.
 */
export function loadLevelFromText(text: string, fileName: string): LoadResult {
  if (utf8LengthExceeds(text, MAX_LEVEL_BYTES)) {
    return failed(fileName, '', [
      { offset: 0, severity: 'error', message: tooLargeMessage(), path: '$' },
    ]);
  }
  // A byte-order mark is harmless; blank it without shifting any offset.
  const source = text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text;
  const parsed = parseJsonTree(source);
  if (!parsed.ok) return failed(fileName, source, parsed.problems);
  const built = treeToData(parsed.root);
  if (!built.ok) return failed(fileName, source, built.problems);
  const versionProblem = checkSchemaVersion(parsed.root);
  if (versionProblem) return failed(fileName, source, [versionProblem]);
  const checked = levelFileSchema.safeParse(built.data);
  if (!checked.success) {
    return failed(
      fileName,
      source,
      describeZodIssues(checked.error.issues, parsed.root, levelFileSchema),
    );
  }
  const level = toLevel(checked.data);
  // Semantic paths index the file's own order, so they are checked before arrivals are sorted.
  const issues = checkLevelSemantics({ ...level, shift: checked.data.shift });
  const located = issues.map((issue) => locateIssue(parsed.root, issue));
  located.sort((a, b) => a.offset - b.offset);
  const problems = place(fileName, source, located);
  return hasNoErrors(problems) ? { ok: true, level, problems } : { ok: false, problems };
}
