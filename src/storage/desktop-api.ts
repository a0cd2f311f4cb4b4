/**
 * The bridge the desktop shell's preload script puts on `window.frontDesk`.
 * Shared by the preload (which builds it) and the renderer (which uses it), so both sides
 * agree on one narrow surface: no Node, no raw IPC, just the few calls the game needs.
 */
import type { LevelsApi } from './levels-api.ts';
import type { ScoresApi } from './scores/api.ts';
import type { Settings } from './settings.ts';

/** What the desktop shell offers the game. Absent in a plain browser. */
export interface FrontDeskApi {
  /** Lets the renderer tell the desktop build from the web build without sniffing. */
  readonly platform: 'desktop';
  readonly settings: {
    /** The stored settings as the shell read them; callers still validate (see `parseSettings`). */
    load(): Promise<unknown>;
    /** Persists the settings; rejects when the shell refuses them or the disk write fails. */
    save(settings: Settings): Promise<void>;
  };
  readonly app: {
    /** Asks the shell to close the game. */
    quit(): void;
  };
  /** The user's levels folder: list, import, open, and change notifications. */
  readonly levels: LevelsApi;
  /** The score store in the main process (SQLite); use it through `createScoresPort()`. */
  readonly scores: ScoresApi;
}

declare global {
  interface Window {
    /** Present only inside the desktop shell. */
    frontDesk?: FrontDeskApi;
  }
}
