/**
 * The levels part of the desktop bridge (`window.frontDesk.levels`): the user's levels folder
 * in the app's data folder, importing a level file, and being told when the folder changes.
 * Channel names and payload shapes are shared by the main process, the preload and the game.
 * No Zod and no Node here, so the preload bundle stays small.
 */

/** Request channels (renderer → main); none takes a payload. */
export const LEVELS_CHANNELS = {
  /** Answers the folder's level files (see `UserLevelFile`). */
  list: 'frontdesk:levels:list',
  /** Shows a file dialog, validates the chosen file and copies it in; answers `LevelImportResult`. */
  import: 'frontdesk:levels:import',
  /** Opens the folder in the system's file manager. */
  openFolder: 'frontdesk:levels:open-folder',
} as const;

/** Event channels (main → renderer). */
export const LEVELS_EVENTS = {
  /** The folder changed; carries the new list of files. */
  changed: 'frontdesk:levels:changed',
  /** The app menu's "Import level…" was chosen: the game should run an import. */
  menuImport: 'frontdesk:levels:menu-import',
} as const;

/** One file of the user's levels folder: its text, or why it could not be read. */
export type UserLevelFile =
  | { readonly fileName: string; readonly text: string }
  | { readonly fileName: string; readonly unreadable: string };

/** What an import did; refused files come with their problems as `file:line:col: ...` lines. */
export type LevelImportResult =
  | {
      readonly ok: true;
      readonly fileName: string;
      readonly levelId: string;
      readonly replaced: boolean;
    }
  | { readonly ok: false; readonly problems: readonly string[] }
  | { readonly ok: false; readonly cancelled: true };

/** `window.frontDesk.levels`. Answers are untyped data: the game validates them. */
export interface LevelsApi {
  list(): Promise<unknown>;
  import(): Promise<unknown>;
  openFolder(): Promise<unknown>;
  /** Calls `listener` with each new file list; returns the unsubscribe function. */
  onChanged(listener: (files: unknown) => void): () => void;
  /** Calls `listener` when the app menu asks for an import; returns the unsubscribe function. */
  onMenuImport(listener: () => void): () => void;
}

/** Subscribes to a main → renderer channel; returns the unsubscribe function. */
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

/** Builds the bridge object from an unwrapping `invoke` and a `subscribe` (the preload's). */
export function createLevelsApi(
  invoke: (channel: string) => Promise<unknown>,
  subscribe: Subscribe,
): LevelsApi {
  return {
    list: () => invoke(LEVELS_CHANNELS.list),
    import: () => invoke(LEVELS_CHANNELS.import),
    openFolder: () => invoke(LEVELS_CHANNELS.openFolder),
    onChanged: (listener) => subscribe(LEVELS_EVENTS.changed, listener),
    onMenuImport: (listener) => subscribe(LEVELS_EVENTS.menuImport, () => listener()),
  };
}
