/**
 * The scores store: the players on this computer, the active one, and every recorded play,
 * mirrored from a `ScoresPort` (SQLite on the desktop, IndexedDB on the web). Screens read it
 * and call its actions; the port stays the only place data is kept. Create one per app
 * (`createScoresStore`); tests create their own over an in-memory port.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Attempt, Profile } from '../storage/scores/model.ts';
import { ScoresError, type ScoresPort, type StartupReport } from '../storage/scores/port.ts';

/** Whether the store can be used yet. `unavailable`: the port could not be opened. */
export type ScoresStatus = 'loading' | 'ready' | 'unavailable';

/** How saving one play went, by attempt id. */
export type SaveStatus = 'saving' | 'saved' | 'failed';

/** State and actions of the scores store. */
export interface ScoresState {
  readonly status: ScoresStatus;
  /** Why the store is unavailable, or why the latest action failed (for a message). */
  readonly error: string | null;
  /** Every player, oldest first. */
  readonly profiles: readonly Profile[];
  readonly activeProfileId: string | null;
  /** Every recorded play, oldest first. */
  readonly attempts: readonly Attempt[];
  /** How opening the storage went; `null` once the player dismissed the notice. */
  readonly startupReport: StartupReport | null;
  readonly saves: Readonly<Record<string, SaveStatus>>;

  /**
   * Reads everything from the port. With no player yet, creates one named `defaultName` and
   * makes it active, so a first play is kept without any set-up; with players but none
   * active, the first one becomes active.
   */
  load(defaultName: string): Promise<void>;
  /** Reads everything again (after a restore from a backup changed the stored data). */
  refresh(): Promise<void>;
  /** Adds a player and makes them active. Rejects (and sets `error`) on a bad name. */
  createProfile(name: string): Promise<Profile>;
  renameProfile(id: string, name: string): Promise<void>;
  /** Removes a player with all their plays; another player becomes active if needed. */
  deleteProfile(id: string): Promise<void>;
  selectProfile(id: string): Promise<void>;
  /** Stores a finished play; `saves[attempt.id]` tracks it. Safe to call again to retry. */
  recordAttempt(attempt: Attempt): Promise<void>;
  dismissStartupReport(): void;
}

/** A scores store. */
export type ScoresStore = StoreApi<ScoresState>;

function messageOf(error: unknown): string {
  if (error instanceof ScoresError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Creates the store over a port that may still be opening (or fail to open: the game then
 * goes on without scores and says so, rather than refusing to start).
 */
export function createScoresStore(port: Promise<ScoresPort>): ScoresStore {
  // Handled in `load`; this only keeps an early failure from being reported as unhandled.
  port.catch(() => undefined);
  return createStore<ScoresState>()((set, get) => {
    /** Runs a port call, keeping its failure in `error` for the screen to show. */
    const attempt = async <T>(run: (ready: ScoresPort) => Promise<T>): Promise<T> => {
      try {
        const result = await run(await port);
        set({ error: null });
        return result;
      } catch (error) {
        set({ error: messageOf(error) });
        throw error;
      }
    };
    const refreshProfiles = async (ready: ScoresPort): Promise<void> => {
      const [profiles, activeProfileId] = await Promise.all([
        ready.listProfiles(),
        ready.getActiveProfileId(),
      ]);
      set({ profiles, activeProfileId });
    };

    return {
      status: 'loading',
      error: null,
      profiles: [],
      activeProfileId: null,
      attempts: [],
      startupReport: null,
      saves: {},

      async load(defaultName) {
        try {
          const ready = await port;
          const report = await ready.getStartupReport();
          let profiles = await ready.listProfiles();
          if (profiles.length === 0) {
            await ready.setActiveProfileId((await ready.createProfile(defaultName)).id);
            profiles = await ready.listProfiles();
          }
          let activeProfileId = await ready.getActiveProfileId();
          if (activeProfileId === null && profiles[0]) {
            activeProfileId = profiles[0].id;
            await ready.setActiveProfileId(activeProfileId);
          }
          const attempts = await ready.listAttempts();
          const notable = report.status === 'restored' || report.status === 'reset';
          set({
            status: 'ready',
            error: null,
            profiles,
            activeProfileId,
            attempts,
            startupReport: notable ? report : null,
          });
        } catch (error) {
          set({ status: 'unavailable', error: messageOf(error) });
        }
      },

      refresh: () =>
        attempt(async (ready) => {
          await refreshProfiles(ready);
          set({ attempts: await ready.listAttempts() });
        }),

      createProfile: (name) =>
        attempt(async (ready) => {
          const profile = await ready.createProfile(name);
          await ready.setActiveProfileId(profile.id);
          await refreshProfiles(ready);
          return profile;
        }),

      renameProfile: (id, name) =>
        attempt(async (ready) => {
          await ready.renameProfile(id, name);
          await refreshProfiles(ready);
        }),

      deleteProfile: (id) =>
        attempt(async (ready) => {
          await ready.deleteProfile(id);
          const profiles = await ready.listProfiles();
          let activeProfileId = await ready.getActiveProfileId();
          if (activeProfileId === null && profiles[0]) {
            activeProfileId = profiles[0].id;
            await ready.setActiveProfileId(activeProfileId);
          }
          const attempts = get().attempts.filter((a) => a.profileId !== id);
          set({ profiles, activeProfileId, attempts });
        }),

      selectProfile: (id) =>
        attempt(async (ready) => {
          await ready.setActiveProfileId(id);
          set({ activeProfileId: id });
        }),

      async recordAttempt(played) {
        set({ saves: { ...get().saves, [played.id]: 'saving' } });
        try {
          await attempt((ready) => ready.recordAttempt(played));
          const known = get().attempts.some((a) => a.id === played.id);
          set({
            attempts: known ? get().attempts : [...get().attempts, played],
            saves: { ...get().saves, [played.id]: 'saved' },
          });
        } catch (error) {
          set({ saves: { ...get().saves, [played.id]: 'failed' } });
          throw error;
        }
      },

      dismissStartupReport() {
        set({ startupReport: null });
      },
    };
  });
}
