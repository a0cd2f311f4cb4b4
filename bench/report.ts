/**
 * The benchmark's output: figure rows with their baseline, ratio and target, printed as a table
 * and written as JSON (`<timestamp>.json` and `latest.json`).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A target: the value (or the ratio to the baseline) must be at least or at most `limit`. */
export interface Target {
  readonly on: 'value' | 'ratio';
  readonly atLeast?: number;
  readonly atMost?: number;
}

/** One reported figure. */
export interface Figure {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly value: number;
  readonly baseline?: number;
  readonly ratio?: number;
  readonly target?: Target;
  /** Set when there is a target. */
  readonly pass?: boolean;
}

/** A figure before its pass mark is worked out. */
export type FigureInput = Omit<Figure, 'pass' | 'ratio'> & { readonly ratio?: number };

/** Completes `input` with its ratio (value / baseline unless given) and pass mark. */
export function figure(input: FigureInput): Figure {
  const ratio =
    input.ratio ?? (input.baseline === undefined ? undefined : input.value / input.baseline);
  const withRatio = ratio === undefined ? input : { ...input, ratio };
  const target = input.target;
  if (!target) return withRatio;
  const checked = target.on === 'ratio' ? ratio : input.value;
  const pass =
    checked !== undefined &&
    Number.isFinite(checked) &&
    (target.atLeast === undefined || checked >= target.atLeast) &&
    (target.atMost === undefined || checked <= target.atMost);
  return { ...withRatio, pass };
}

/** The whole result file. */
export interface BenchReport {
  readonly timestamp: string;
  readonly smoke: boolean;
  readonly environment: Readonly<Record<string, string | number>>;
  readonly figures: readonly Figure[];
  readonly details: Readonly<Record<string, unknown>>;
  readonly errors: readonly string[];
}

function format(value: number | undefined, unit = ''): string {
  if (value === undefined) return '';
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const digits = abs >= 1000 ? 0 : abs >= 100 ? 1 : abs >= 1 ? 2 : 3;
  const text = value.toLocaleString('en-US', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });
  return unit ? `${text} ${unit}` : text;
}

function targetText(target: Target | undefined, unit: string): string {
  if (!target) return '';
  const suffix = target.on === 'ratio' ? 'x' : ` ${unit}`;
  const subject = target.on === 'ratio' ? 'ratio' : 'value';
  if (target.atLeast !== undefined) return `${subject} >= ${format(target.atLeast)}${suffix}`;
  if (target.atMost !== undefined) return `${subject} <= ${format(target.atMost)}${suffix}`;
  return '';
}

function mark(pass: boolean | undefined): string {
  if (pass === undefined) return '';
  return pass ? 'PASS' : 'FAIL';
}

/** The figures as an aligned plain-text table. */
export function renderTable(figures: readonly Figure[]): string {
  const header = ['figure', 'value', 'baseline', 'ratio', 'target', 'ok'];
  const rows = figures.map((row) => [
    row.label,
    format(row.value, row.unit),
    format(row.baseline, row.unit),
    row.ratio === undefined ? '' : `${format(row.ratio)}x`,
    targetText(row.target, row.unit),
    mark(row.pass),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** Writes the report as `<timestamp>.json` and `latest.json` in `outDir`; returns both paths. */
export async function writeReport(outDir: string, report: BenchReport): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const text = `${JSON.stringify(report, null, 2)}\n`;
  const stamped = join(outDir, `${report.timestamp.replace(/[:.]/g, '-')}.json`);
  const latest = join(outDir, 'latest.json');
  await writeFile(stamped, text);
  await writeFile(latest, text);
  return [stamped, latest];
}
