/**
 * Importing a level into the desktop app's levels folder, as the level list shows it: whether
 * an import is running, and how the last one went (the new level's file, or the problems that
 * refused it). The main process does the work; this store only runs it and keeps the outcome,
 * so the message survives the level list being redrawn when the new level appears.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { parseImportResult } from '../levels/user-levels.ts';
import type { LevelImportResult, LevelsApi } from '../storage/levels-api.ts';

/** State and actions of level import. */
export interface LevelImportState {
  readonly busy: boolean;
  /** The last import's outcome; `null` before any, or after a cancelled dialog. */
  readonly outcome: LevelImportResult | null;
  /** Opens the file dialog and imports the chosen file (ignored while one is running). */
  run(): Promise<void>;
  /** Opens the levels folder in the file manager. */
  openFolder(): Promise<void>;
  /** Forgets the last outcome (e.g. when the level list is left). */
  clear(): void;
}

/** A level import store. */
export type LevelImportStore = StoreApi<LevelImportState>;

/** Creates the store over the desktop bridge's levels API. */
export function createLevelImportStore(api: LevelsApi): LevelImportStore {
  return createStore<LevelImportState>()((set, get) => ({
    busy: false,
    outcome: null,
    async run() {
      if (get().busy) return;
      set({ busy: true });
      try {
        const outcome = parseImportResult(await api.import());
        set({ outcome: 'cancelled' in outcome ? get().outcome : outcome });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        set({ outcome: { ok: false, problems: [reason] } });
      } finally {
        set({ busy: false });
      }
    },
    async openFolder() {
      await api.openFolder().catch(() => undefined);
    },
    clear() {
      set({ outcome: null });
    },
  }));
}
