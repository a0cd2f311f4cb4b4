/**
 * The renderer's way to the score store: in the desktop app a `ScoresPort` that forwards to the
 * main process through `window.frontDesk.scores`; in a browser, IndexedDB. The UI only needs
 * `createScoresPort()` and the `ScoresPort` methods.
 */
import { z, type ZodType } from 'zod';
import type { ScoresApi, ScoresReply } from './api.ts';
import { openIndexedDbScoresPort } from './indexeddb-port.ts';
import { AttemptSchema, ProfileSchema } from './model.ts';
import {
  ScoreStoreDumpSchema,
  ScoresError,
  parseAttempt,
  parseDump,
  parseProfileName,
  type ImportResult,
  type ScoresEnvironment,
  type ScoresErrorCode,
  type ScoresPort,
  type StartupReport,
} from './port.ts';

const REFUSAL_CODES: readonly ScoresErrorCode[] = [
  'invalid-input',
  'unknown-profile',
  'invalid-dump',
];

const ReplySchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), code: z.enum(REFUSAL_CODES), message: z.string() }),
]);

const StartupReportSchema: ZodType<StartupReport> = z.object({
  status: z.enum(['ok', 'created', 'restored', 'reset']),
  restoredFrom: z.string().optional(),
  backupTakenAt: z.string().optional(),
  damagedFileKeptAt: z.string().optional(),
  salvagedAttempts: z.number().optional(),
  message: z.string(),
}) as ZodType<StartupReport>;

const ImportResultSchema: ZodType<ImportResult> = z.object({
  added: z.number(),
  skipped: z.number(),
  profilesAdded: z.number(),
});

/**
 * Awaits a bridge call and checks its answer. A refusal becomes a `ScoresError` with its code;
 * a transport failure or an unexpected shape becomes `storage-failed`.
 */
async function call<T>(pending: Promise<unknown>, schema: ZodType<T>): Promise<T> {
  let raw: unknown;
  try {
    raw = await pending;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const code = detail.startsWith('invalid-payload') ? 'invalid-input' : 'storage-failed';
    throw new ScoresError(code, `The desktop app refused the request (${detail}).`);
  }
  const reply = ReplySchema.safeParse(raw);
  if (!reply.success) throw new ScoresError('storage-failed', 'Unexpected answer from the app.');
  const answer = reply.data as ScoresReply<unknown>;
  if (!answer.ok) throw new ScoresError(answer.code, answer.message);
  const value = schema.safeParse(answer.value);
  if (!value.success) throw new ScoresError('storage-failed', 'Unexpected answer from the app.');
  return value.data;
}

/** A `ScoresPort` over the desktop bridge. Inputs are checked here first for quick, clear errors. */
export function createDesktopScoresPort(api: ScoresApi): ScoresPort {
  return {
    listProfiles: () => call(api.listProfiles(undefined), z.array(ProfileSchema)),
    createProfile: async (name) =>
      call(api.createProfile({ name: parseProfileName(name) }), ProfileSchema),
    renameProfile: async (id, name) =>
      call(api.renameProfile({ id, name: parseProfileName(name) }), ProfileSchema),
    deleteProfile: (id) => call(api.deleteProfile({ id }), z.undefined()),
    getActiveProfileId: () => call(api.getActiveProfileId(undefined), z.string().nullable()),
    setActiveProfileId: (id) => call(api.setActiveProfileId({ id }), z.undefined()),
    recordAttempt: async (attempt) =>
      call(api.recordAttempt({ attempt: parseAttempt(attempt) }), z.undefined()),
    listAttempts: (filter) =>
      call(api.listAttempts(filter === undefined ? undefined : { filter }), z.array(AttemptSchema)),
    exportAll: () => call(api.exportAll(undefined), ScoreStoreDumpSchema),
    importAll: async (dump) => call(api.importAll({ dump: parseDump(dump) }), ImportResultSchema),
    getStartupReport: () => call(api.getStartupReport(undefined), StartupReportSchema),
  };
}

/** Where {@link createScoresPort} looks for a back end; defaults come from the page. */
export interface ScoresPortSources {
  /** The desktop bridge; defaults to `window.frontDesk?.scores`. */
  readonly desktopApi?: ScoresApi | undefined;
  /** For the browser fallback; defaults to the page's `indexedDB`. */
  readonly indexedDB?: IDBFactory;
  readonly environment?: ScoresEnvironment;
}

/**
 * The score store for this build: the desktop app's SQLite store when the bridge is present,
 * else IndexedDB (asking the browser to keep the data through storage pressure).
 */
export async function createScoresPort(sources: ScoresPortSources = {}): Promise<ScoresPort> {
  const bridge = globalThis as { frontDesk?: { scores?: ScoresApi } };
  const desktopApi = 'desktopApi' in sources ? sources.desktopApi : bridge.frontDesk?.scores;
  if (desktopApi !== undefined) return createDesktopScoresPort(desktopApi);
  // Best effort: without it the browser may evict the data when the disk runs low.
  void globalThis.navigator?.storage?.persist?.().catch(() => false);
  return openIndexedDbScoresPort({
    ...(sources.indexedDB === undefined ? {} : { factory: sources.indexedDB }),
    ...(sources.environment === undefined ? {} : { environment: sources.environment }),
  });
}
