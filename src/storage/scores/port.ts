/**
 * The score store's one interface (`ScoresPort`), implemented over IndexedDB in the browser and
 * over SQLite in the desktop app, plus the export file format and rules both back ends share.
 */
import { z } from 'zod';
import {
  AttemptSchema,
  IsoDateTimeSchema,
  ProfileNameSchema,
  ProfileSchema,
  type Attempt,
  type AttemptFilter,
  type Profile,
} from './model.ts';

/** Value of `format` in an export file. */
export const DUMP_FORMAT = 'front-desk-scores';
/** Export file version this build writes and reads. */
export const DUMP_VERSION = 1;

/** An export file: every profile and attempt, ready to import on another computer. */
export const ScoreStoreDumpSchema = z
  .object({
    format: z.literal(DUMP_FORMAT, { error: 'This is not a Front Desk scores file.' }),
    version: z.literal(DUMP_VERSION, {
      error: `Unsupported scores file version (this game reads version ${DUMP_VERSION}).`,
    }),
    exportedAt: IsoDateTimeSchema,
    profiles: z.array(ProfileSchema),
    attempts: z.array(AttemptSchema),
    activeProfileId: z.uuid().nullable(),
  })
  .superRefine((dump, context) => {
    const known = new Set(dump.profiles.map((profile) => profile.id));
    dump.attempts.forEach((attempt, index) => {
      if (!known.has(attempt.profileId)) {
        context.addIssue({
          code: 'custom',
          path: ['attempts', index, 'profileId'],
          message: `No profile with id ${attempt.profileId} in this file.`,
        });
      }
    });
    if (dump.activeProfileId !== null && !known.has(dump.activeProfileId)) {
      context.addIssue({
        code: 'custom',
        path: ['activeProfileId'],
        message: 'The active profile is not in this file.',
      });
    }
  });
/** An export file. */
export type ScoreStoreDump = z.infer<typeof ScoreStoreDumpSchema>;

/** What an import changed. Counts are of attempts; profiles they need come along. */
export interface ImportResult {
  /** Attempts that were new here. */
  readonly added: number;
  /** Attempts already stored (same id), left as they were. */
  readonly skipped: number;
  /** Profiles that were new here. */
  readonly profilesAdded: number;
}

/**
 * How opening the store went, for a message to the player.
 * - `ok`: opened as it was. `created`: nothing stored yet, a new store was made.
 * - `restored`: the store was damaged or missing; a backup was restored (`restoredFrom`).
 * - `reset`: damaged and no usable backup; an empty store was started.
 * A damaged file is never deleted: `damagedFileKeptAt` says where it was moved.
 */
export interface StartupReport {
  readonly status: 'ok' | 'created' | 'restored' | 'reset';
  readonly restoredFrom?: string;
  /** When the restored backup was written (ISO 8601), for the player's message. */
  readonly backupTakenAt?: string;
  readonly damagedFileKeptAt?: string;
  /** Attempts newer than the backup that could still be read from the damaged file. */
  readonly salvagedAttempts?: number;
  /** English sentence for logs; the UI should build its own text from `status`. */
  readonly message: string;
}

/** Why a score store call was refused. */
export type ScoresErrorCode =
  'invalid-input' | 'unknown-profile' | 'invalid-dump' | 'storage-failed';

/** A refused or failed score store call; `message` is meant to be shown or logged. */
export class ScoresError extends Error {
  /** Machine-readable reason. */
  readonly code: ScoresErrorCode;

  /** Creates an error with a reason code and a readable message. */
  constructor(code: ScoresErrorCode, message: string) {
    super(message);
    this.name = 'ScoresError';
    this.code = code;
  }
}

/** The score store, whichever back end holds it. Every write is atomic and durable once resolved. */
export interface ScoresPort {
  /** Every profile, oldest first. */
  listProfiles(): Promise<Profile[]>;
  /** Adds a player; the name is trimmed and must be 1-40 characters. */
  createProfile(name: string): Promise<Profile>;
  /** Renames a player; rejects with `unknown-profile` if there is no such id. */
  renameProfile(id: string, name: string): Promise<Profile>;
  /** Removes a player and all their attempts (and clears them as active). Unknown ids: no-op. */
  deleteProfile(id: string): Promise<void>;
  /** The player last chosen on this computer, or `null`. */
  getActiveProfileId(): Promise<string | null>;
  /** Chooses the current player (`null` for none); rejects with `unknown-profile` for a bad id. */
  setActiveProfileId(id: string | null): Promise<void>;
  /** Stores a finished play. Recording the same id again is a no-op, so retrying is safe. */
  recordAttempt(attempt: Attempt): Promise<void>;
  /** Attempts matching the filter, oldest first. */
  listAttempts(filter?: AttemptFilter): Promise<Attempt[]>;
  /** Everything, as an export file. */
  exportAll(): Promise<ScoreStoreDump>;
  /** Merges an export file in (validated first; see `mergeStores`). Importing twice adds nothing. */
  importAll(dump: unknown): Promise<ImportResult>;
  /** How opening the store went (damage found, backup restored...). */
  getStartupReport(): Promise<StartupReport>;
}

/** Time and id sources, injectable so tests are deterministic. */
export interface ScoresEnvironment {
  readonly now: () => Date;
  readonly randomUUID: () => string;
}

/** The real clock and `crypto.randomUUID`. */
export const defaultScoresEnvironment: ScoresEnvironment = {
  now: () => new Date(),
  randomUUID: () => crypto.randomUUID(),
};

function describeIssues(error: z.ZodError, limit = 5): string {
  const lines = error.issues.slice(0, limit).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : '(file)';
    return `${path}: ${issue.message}`;
  });
  const more = error.issues.length - lines.length;
  return lines.join('; ') + (more > 0 ? `; and ${more} more problem(s)` : '');
}

/** Checks an export file; throws `ScoresError('invalid-dump')` listing what is wrong. */
export function parseDump(input: unknown): ScoreStoreDump {
  const result = ScoreStoreDumpSchema.safeParse(input);
  if (!result.success) {
    throw new ScoresError('invalid-dump', `Cannot import: ${describeIssues(result.error)}`);
  }
  return result.data;
}

/** Parses the text of an export file (JSON), then checks it like {@link parseDump}. */
export function parseDumpText(text: string): ScoreStoreDump {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ScoresError('invalid-dump', 'Cannot import: the file is not valid JSON.');
  }
  return parseDump(data);
}

/** Builds an export file from stored contents. */
export function makeDump(
  profiles: readonly Profile[],
  attempts: readonly Attempt[],
  activeProfileId: string | null,
  exportedAt: Date,
): ScoreStoreDump {
  return {
    format: DUMP_FORMAT,
    version: DUMP_VERSION,
    exportedAt: exportedAt.toISOString(),
    profiles: [...profiles],
    attempts: [...attempts],
    activeProfileId,
  };
}

/** Checks and trims a player name; throws `ScoresError('invalid-input')`. */
export function parseProfileName(name: unknown): string {
  const result = ProfileNameSchema.safeParse(name);
  if (!result.success) throw new ScoresError('invalid-input', describeIssues(result.error));
  return result.data;
}

/** A new profile with a fresh id. */
export function newProfile(name: unknown, environment: ScoresEnvironment): Profile {
  return {
    id: environment.randomUUID(),
    name: parseProfileName(name),
    createdAt: environment.now().toISOString(),
  };
}

/** Checks an attempt before it is stored; throws `ScoresError('invalid-input')`. */
export function parseAttempt(input: unknown): Attempt {
  const result = AttemptSchema.safeParse(input);
  if (!result.success) {
    throw new ScoresError('invalid-input', `Invalid attempt: ${describeIssues(result.error)}`);
  }
  return result.data;
}

/** True when an attempt passes the filter. */
export function matchesFilter(attempt: Attempt, filter: AttemptFilter | undefined): boolean {
  return (
    (filter?.profileId === undefined || attempt.profileId === filter.profileId) &&
    (filter?.levelId === undefined || attempt.levelId === filter.levelId)
  );
}

/** The error for an id that names no profile. */
export function unknownProfile(id: string): ScoresError {
  return new ScoresError('unknown-profile', `No player with id ${id}.`);
}
