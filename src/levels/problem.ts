/**
 * Problems found in a level file, and how they are printed.
 * One shape serves the CLI, the game's level list and the desktop import dialog.
 */
import type { PathSegment } from './json-path.ts';

/** How bad a problem is: errors stop the level from loading, warnings do not. */
export type Severity = 'error' | 'warning';

/** One problem, located in the original text (1-based line and column). */
export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: Severity;
  readonly message: string;
  /** Where in the level the problem is, e.g. `$.dialogues[0].nodes[2].choices[1].next`. */
  readonly path: string;
}

/** Counts of errors and warnings, with a ready-to-print phrase such as `1 error, 2 warnings`. */
export interface ProblemSummary {
  readonly errors: number;
  readonly warnings: number;
  readonly text: string;
}

/** `file:line:col: severity: message (json.path)`, the shape editors and CI logs recognise. */
export function formatProblem(problem: Problem): string {
  const { file, line, column, severity, message, path } = problem;
  return `${file}:${line}:${column}: ${severity}: ${message} (${path})`;
}

/** `1 error`, `2 errors`: a count with its noun, pluralised the plain English way. */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Counts errors and warnings. */
export function summarize(problems: readonly Problem[]): ProblemSummary {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  return { errors, warnings, text: `${countOf(errors, 'error')}, ${countOf(warnings, 'warning')}` };
}

/** True when none of the problems is an error. */
export function hasNoErrors(problems: readonly Problem[]): boolean {
  return problems.every((problem) => problem.severity !== 'error');
}

/** A problem before its line and column are worked out: an offset into the text. */
export interface OffsetProblem {
  readonly offset: number;
  readonly severity: Severity;
  readonly message: string;
  readonly path: string;
}

/** A problem found in the checked level data, placed by its path (the loader finds the text). */
export interface LevelIssue {
  readonly severity: Severity;
  readonly message: string;
  readonly path: readonly PathSegment[];
}
