/**
 * The scores IPC channels of the main process. Every channel goes through the shell's
 * `handleValidated` (sender check + Zod-validated payload) and answers a `ScoresReply`, so
 * refusals the player should understand (bad name, unknown player, unreadable file) keep their
 * reason, while unexpected failures reach the page only as the shell's generic `failed`.
 */
import { z, type ZodType } from 'zod';
import {
  SCORES_CHANNELS,
  type ScoresMethod,
  type ScoresPayloads,
  type ScoresReply,
} from '../../../src/storage/scores/api.ts';
import {
  AttemptFilterSchema,
  AttemptSchema,
  ProfileNameSchema,
} from '../../../src/storage/scores/model.ts';
import {
  ScoreStoreDumpSchema,
  ScoresError,
  type ScoresPort,
} from '../../../src/storage/scores/port.ts';
import { handleValidated, type HandleOptions, type IpcMainLike } from '../ipc.ts';

/** Payload schema per channel; they mirror `ScoresPayloads`. */
export const SCORES_PAYLOAD_SCHEMAS: { readonly [M in ScoresMethod]: ZodType<ScoresPayloads[M]> } =
  {
    listProfiles: z.undefined(),
    createProfile: z.strictObject({ name: ProfileNameSchema }),
    renameProfile: z.strictObject({ id: z.uuid(), name: ProfileNameSchema }),
    deleteProfile: z.strictObject({ id: z.uuid() }),
    getActiveProfileId: z.undefined(),
    setActiveProfileId: z.strictObject({ id: z.uuid().nullable() }),
    recordAttempt: z.strictObject({ attempt: AttemptSchema }),
    listAttempts: z.strictObject({ filter: AttemptFilterSchema.optional() }).optional(),
    exportAll: z.undefined(),
    importAll: z.strictObject({ dump: ScoreStoreDumpSchema }),
    getStartupReport: z.undefined(),
  };

/** Runs a port call and folds the refusals the player may see into the reply. */
async function reply<T>(work: () => Promise<T>): Promise<ScoresReply<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof ScoresError && error.code !== 'storage-failed') {
      return { ok: false, code: error.code, message: error.message };
    }
    throw error;
  }
}

/** Each channel's call into the port, given its validated payload. */
const CALLS: {
  readonly [M in ScoresMethod]: (port: ScoresPort, payload: ScoresPayloads[M]) => Promise<unknown>;
} = {
  listProfiles: (port) => port.listProfiles(),
  createProfile: (port, { name }) => port.createProfile(name),
  renameProfile: (port, { id, name }) => port.renameProfile(id, name),
  deleteProfile: (port, { id }) => port.deleteProfile(id),
  getActiveProfileId: (port) => port.getActiveProfileId(),
  setActiveProfileId: (port, { id }) => port.setActiveProfileId(id),
  recordAttempt: (port, { attempt }) => port.recordAttempt(attempt),
  listAttempts: (port, payload) => port.listAttempts(payload?.filter),
  exportAll: (port) => port.exportAll(),
  importAll: (port, { dump }) => port.importAll(dump),
  getStartupReport: (port) => port.getStartupReport(),
};

function register<M extends ScoresMethod>(
  ipcMain: IpcMainLike,
  port: ScoresPort,
  method: M,
  options: HandleOptions,
): void {
  handleValidated(
    ipcMain,
    SCORES_CHANNELS[method],
    SCORES_PAYLOAD_SCHEMAS[method],
    (payload) => reply(() => CALLS[method](port, payload)),
    options,
  );
}

/**
 * Registers every scores channel on `ipcMain`, serving `port` (normally
 * `createSqliteScoresPort(openScoreStore({ directory: app.getPath('userData') }))`).
 * `options` are the shell's usual ones, e.g. `{ isTrustedSender: trustedSenderFor(...) }`.
 */
export function registerScoreIpc(
  ipcMain: IpcMainLike,
  port: ScoresPort,
  options: HandleOptions,
): void {
  for (const method of Object.keys(SCORES_CHANNELS) as ScoresMethod[]) {
    register(ipcMain, port, method, options);
  }
}
