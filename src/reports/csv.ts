/**
 * Attempts as a CSV table for trainers (spreadsheets): RFC 4180 quoting, CRLF line ends, one
 * header row and one row per attempt. Text cells that a spreadsheet would run as a formula
 * are defused with a leading apostrophe.
 */
import type { Attempt, Profile } from '../storage/scores/model.ts';

/** Column headers, in order. */
export const CSV_COLUMNS = [
  'player',
  'level',
  'version',
  'mode',
  'score',
  'max_score',
  'stars',
  'delighted',
  'satisfied',
  'neutral',
  'upset',
  'walked_out',
  'honoured_total',
  'broken_total',
  'started',
  'finished',
  'duration_seconds',
  'attempt_id',
] as const;

/** First characters that make Excel, LibreOffice or Sheets treat a cell as a formula. */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Defuses a text cell that a spreadsheet would evaluate (CSV/formula injection). */
export function defuseFormula(text: string): string {
  return FORMULA_TRIGGERS.has(text.charAt(0)) ? `'${text}` : text;
}

/** Quotes a cell when RFC 4180 requires it (comma, double quote, CR or LF inside). */
export function quoteCsvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One cell: numbers are written as they are (the game produces them, so they cannot carry a
 * formula, and a negative number must stay a number); text is defused, then quoted.
 */
function cell(value: string | number): string {
  return typeof value === 'number' ? String(value) : quoteCsvCell(defuseFormula(value));
}

function total(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

/** Options for {@link attemptsToCsv}. */
export interface CsvOptions {
  /** Starts the text with a UTF-8 byte order mark so Excel reads accented names right. */
  readonly excelBom?: boolean;
}

/** The CSV text: header, then one row per attempt in the given order. Ends with CRLF. */
export function attemptsToCsv(
  attempts: readonly Attempt[],
  profiles: readonly Profile[],
  options: CsvOptions = {},
): string {
  const names = new Map(profiles.map((profile) => [profile.id, profile.name]));
  const rows = attempts.map((attempt) =>
    [
      names.get(attempt.profileId) ?? '',
      attempt.levelId,
      attempt.levelVersion,
      attempt.mode,
      attempt.score,
      attempt.maxScore,
      attempt.stars,
      attempt.outcomes.delighted,
      attempt.outcomes.satisfied,
      attempt.outcomes.neutral,
      attempt.outcomes.upset,
      attempt.outcomes.walkedOut,
      total(attempt.principles.honoured),
      total(attempt.principles.broken),
      attempt.startedAt,
      attempt.finishedAt,
      Math.round(attempt.durationSeconds * 10) / 10,
      attempt.id,
    ].map(cell),
  );
  const lines = [CSV_COLUMNS.map(cell), ...rows].map((row) => row.join(',') + '\r\n');
  return (options.excelBom === true ? '\uFEFF' : '') + lines.join('');
}
