/**
 * What every scene needs from the app, handed to each scene's constructor: the stores, the
 * level catalog, the DOM overlay and start-up options. Scenes get no globals.
 */
import type { LevelCatalog } from '../levels/catalog.ts';
import type { AppStore } from '../state/app-store.ts';
import type { LevelImportStore } from '../state/level-import-store.ts';
import type { ScoresStore } from '../state/scores-store.ts';
import type { ScoresPort } from '../storage/scores/port.ts';

/** Shared services of one running game. */
export interface GameContext {
  readonly app: AppStore;
  readonly catalog: LevelCatalog;
  /** Players, the active one and every recorded play (SQLite on desktop, IndexedDB on the web). */
  readonly scores: ScoresStore;
  /** The port behind `scores`, for whole-store work (trainer reports, backup and restore). */
  readonly scoresPort: Promise<ScoresPort>;
  /** Importing levels into the desktop levels folder; `null` in a browser. */
  readonly levelImport: LevelImportStore | null;
  /** The DOM overlay (`#ui`) that holds every scene's text, buttons and meters. */
  readonly ui: HTMLElement;
  /** Time multiplier for play (`?speed=`): 1 normally; trainers may speed up a demo. */
  readonly speed: number;
  /** Resolves when the stored settings (language, feedback mode) are applied. */
  readonly settingsReady: Promise<void>;
  /** Closes the desktop app; `null` in a browser, where the game shows a "close the tab" note. */
  readonly quitApp: (() => void) | null;
}

/** Scene keys. */
export const SCENES = {
  boot: 'BootScene',
  menu: 'MenuScene',
  desk: 'DeskScene',
  levelEnd: 'LevelEndScene',
  error: 'ErrorScene',
} as const;

/** A scene key. */
export type SceneKey = (typeof SCENES)[keyof typeof SCENES];
