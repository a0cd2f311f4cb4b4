/**
 * The scores part of the desktop bridge (`window.frontDesk.scores`): channel names, payloads and
 * the reply envelope, shared by the main process, the preload script and the renderer.
 * No Zod and no Node here, so the preload bundle stays small.
 */
import type { Attempt, AttemptFilter } from './model.ts';
import type { ScoresErrorCode } from './port.ts';

/** IPC channel per scores call. Each takes one payload (or none) and answers a `ScoresReply`. */
export const SCORES_CHANNELS = {
  listProfiles: 'frontdesk:scores:list-profiles',
  createProfile: 'frontdesk:scores:create-profile',
  renameProfile: 'frontdesk:scores:rename-profile',
  deleteProfile: 'frontdesk:scores:delete-profile',
  getActiveProfileId: 'frontdesk:scores:get-active-profile',
  setActiveProfileId: 'frontdesk:scores:set-active-profile',
  recordAttempt: 'frontdesk:scores:record-attempt',
  listAttempts: 'frontdesk:scores:list-attempts',
  exportAll: 'frontdesk:scores:export-all',
  importAll: 'frontdesk:scores:import-all',
  getStartupReport: 'frontdesk:scores:startup-report',
} as const;

/** A scores call, by name. */
export type ScoresMethod = keyof typeof SCORES_CHANNELS;

/** The payload each channel expects (`undefined`: send nothing). */
export interface ScoresPayloads {
  listProfiles: undefined;
  createProfile: { name: string };
  renameProfile: { id: string; name: string };
  deleteProfile: { id: string };
  getActiveProfileId: undefined;
  setActiveProfileId: { id: string | null };
  recordAttempt: { attempt: Attempt };
  listAttempts: { filter?: AttemptFilter | undefined } | undefined;
  exportAll: undefined;
  importAll: { dump: unknown };
  getStartupReport: undefined;
}

/**
 * What a scores handler answers (inside the shell's `IpcResult`): the value, or a refusal the
 * player may see (bad name, unknown player, unreadable import file). Unexpected failures are
 * not described here; the shell turns them into its generic `failed`.
 */
export type ScoresReply<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: ScoresErrorCode; readonly message: string };

/**
 * `window.frontDesk.scores`: one function per call, each answering the main process's
 * `ScoresReply` as untyped data. Use `createDesktopScoresPort` rather than calling it directly.
 */
export type ScoresApi = {
  readonly [M in ScoresMethod]: (payload: ScoresPayloads[M]) => Promise<unknown>;
};

/**
 * Builds the bridge object for the preload script from an `invoke` that sends one payload on
 * a channel and resolves with the handler's value (the shell's `IpcResult` already unwrapped):
 * `scores: createScoresApi((channel, payload) => ipcRenderer.invoke(channel, payload).then(unwrapIpcResult))`.
 */
export function createScoresApi(
  invoke: (channel: string, payload: unknown) => Promise<unknown>,
): ScoresApi {
  const api: Partial<Record<ScoresMethod, (payload: unknown) => Promise<unknown>>> = {};
  for (const method of Object.keys(SCORES_CHANNELS) as ScoresMethod[]) {
    const channel = SCORES_CHANNELS[method];
    api[method] = (payload) => invoke(channel, payload);
  }
  return api as ScoresApi;
}
