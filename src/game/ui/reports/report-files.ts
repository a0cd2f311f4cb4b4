/**
 * What the trainer reports screen saves: which attempts a scope covers, and each export as a
 * file name, a MIME type and its text (built with `src/reports/*`). No DOM, so Node tests it.
 */
import { attemptsToCsv } from '../../../reports/csv.ts';
import { attemptsToJson } from '../../../reports/json.ts';
import { attemptsToXapi } from '../../../reports/xapi.ts';
import type { Attempt, Profile } from '../../../storage/scores/model.ts';
import type { ScoreStoreDump } from '../../../storage/scores/port.ts';

/** Whose results to export: the active trainee's, or everyone's on this computer. */
export type ReportScope = 'active' | 'room';

/** A report format. */
export type ReportFormat = 'csv' | 'json' | 'xapi';

/** A file ready to save. */
export interface ReportFile {
  readonly name: string;
  readonly mimeType: string;
  readonly text: string;
}

/** What the store holds, as the reports screen reads it. */
export interface RoomData {
  readonly profiles: readonly Profile[];
  readonly attempts: readonly Attempt[];
  readonly activeProfileId: string | null;
}

/** The default xAPI account home page when the trainer gives none. */
export const DEFAULT_HOME_PAGE = 'https://frontdesk.example';

/** The attempts a scope covers, oldest first (the store's order). */
export function attemptsInScope(data: RoomData, scope: ReportScope): Attempt[] {
  if (scope === 'room') return [...data.attempts];
  return data.attempts.filter((attempt) => attempt.profileId === data.activeProfileId);
}

/** The date part of a file name (`2025-03-01`), in UTC like the timestamps inside. */
function day(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** A file-name-safe form of a player name (`Ona Šimkutė` -> `ona-simkute`). */
export function fileSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'player' : slug.slice(0, 40);
}

/** True for an absolute `http(s)` URL, as xAPI account home pages must be. */
export function isHomePage(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Options for {@link reportFile}. */
export interface ReportOptions {
  readonly scope: ReportScope;
  readonly format: ReportFormat;
  readonly homePage: string;
  /** English level titles by level id, for xAPI activity names. */
  readonly levelTitles: Readonly<Record<string, string>>;
  readonly now: Date;
}

/** Builds one export of the chosen scope; `null` when the scope has no attempts. */
export function reportFile(data: RoomData, options: ReportOptions): ReportFile | null {
  const attempts = attemptsInScope(data, options.scope);
  if (attempts.length === 0) return null;
  const active = data.profiles.find((profile) => profile.id === data.activeProfileId);
  const who = options.scope === 'room' || !active ? 'room' : fileSlug(active.name);
  const base = `front-desk-${who}-${day(options.now)}`;
  switch (options.format) {
    case 'csv':
      return {
        name: `${base}.csv`,
        mimeType: 'text/csv;charset=utf-8',
        text: attemptsToCsv(attempts, data.profiles, { excelBom: true }),
      };
    case 'json':
      return {
        name: `${base}.json`,
        mimeType: 'application/json',
        text: attemptsToJson(attempts, data.profiles, options.now),
      };
    case 'xapi': {
      const statements = attemptsToXapi(attempts, data.profiles, {
        homePage: options.homePage,
        levelTitles: options.levelTitles,
      });
      return {
        name: `${base}-xapi.json`,
        mimeType: 'application/json',
        text: `${JSON.stringify(statements, null, 2)}\n`,
      };
    }
  }
}

/** The whole store as a backup file (see `ScoresPort.exportAll`). */
export function backupFile(dump: ScoreStoreDump, now: Date): ReportFile {
  return {
    name: `front-desk-scores-backup-${day(now)}.json`,
    mimeType: 'application/json',
    text: `${JSON.stringify(dump, null, 2)}\n`,
  };
}
