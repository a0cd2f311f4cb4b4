/**
 * Attempts as a JSON report for trainers' own tools: every attempt in full, with the player's
 * name joined in. (For moving scores between computers use `exportAll`, which can be imported.)
 */
import type { Attempt, Profile } from '../storage/scores/model.ts';

/** Value of `format` in a JSON report. */
export const JSON_REPORT_FORMAT = 'front-desk-report';

/** One attempt in a report. */
export type ReportedAttempt = Attempt & { readonly playerName: string | null };

/** The JSON report's shape. */
export interface JsonReport {
  readonly format: typeof JSON_REPORT_FORMAT;
  readonly version: 1;
  readonly generatedAt: string;
  readonly attempts: readonly ReportedAttempt[];
}

/** Builds the report object. */
export function attemptsToReport(
  attempts: readonly Attempt[],
  profiles: readonly Profile[],
  generatedAt: Date = new Date(),
): JsonReport {
  const names = new Map(profiles.map((profile) => [profile.id, profile.name]));
  return {
    format: JSON_REPORT_FORMAT,
    version: 1,
    generatedAt: generatedAt.toISOString(),
    attempts: attempts.map((attempt) => ({
      ...attempt,
      playerName: names.get(attempt.profileId) ?? null,
    })),
  };
}

/** The report as indented JSON text, ready to save as a `.json` file. */
export function attemptsToJson(
  attempts: readonly Attempt[],
  profiles: readonly Profile[],
  generatedAt: Date = new Date(),
): string {
  return `${JSON.stringify(attemptsToReport(attempts, profiles, generatedAt), null, 2)}\n`;
}
