/**
 * Front Desk's entry point: creates the stores, the Phaser game with its scenes and the DOM
 * overlay, and wires settings, routing and level hot reload together.
 *
 * URL options (for trainers and tests): `?level=<id>` opens a built-in level directly,
 * `?speed=<0.25-8>` runs the shift faster or slower than real time, `?bench=stress&customers=N`
 * is the benchmark's stress mode (see docs/performance.md).
 */
import './game/ui/styles.css';
import * as Phaser from 'phaser';
import { t } from './i18n/index.ts';
import { levelCatalog } from './levels/catalog.ts';
import { followUserLevels } from './levels/user-levels.ts';
import { createAppStore, type Screen } from './state/app-store.ts';
import { createLevelImportStore } from './state/level-import-store.ts';
import { createScoresStore } from './state/scores-store.ts';
import { createScoresPort } from './storage/scores/desktop-port.ts';
import { createSettingsPort } from './storage/settings.ts';
import type { GameContext } from './game/context.ts';
import { HEIGHT, WIDTH } from './game/layout.ts';
import { startRouter } from './game/router.ts';
import { BootScene } from './game/scenes/BootScene.ts';
import { DeskScene } from './game/scenes/DeskScene.ts';
import { ErrorScene } from './game/scenes/ErrorScene.ts';
import { LevelEndScene } from './game/scenes/LevelEndScene.ts';
import { MenuScene } from './game/scenes/MenuScene.ts';
import { watchLevelFiles } from './game/level-reload.ts';

/** Reads `?speed=`: a number from 0.25 to 8, else 1. */
function speedFrom(params: URLSearchParams): number {
  const value = Number(params.get('speed'));
  return Number.isFinite(value) && value >= 0.25 && value <= 8 ? value : 1;
}

const params = new URLSearchParams(window.location.search);
const app = createAppStore(createSettingsPort());
const scoresPort = createScoresPort();
const scores = createScoresStore(scoresPort);
const ui = document.getElementById('ui');
if (!ui) throw new Error('index.html must contain #ui');

/** `?bench=stress&customers=N`: the benchmark's stress mode, loaded only when asked for. */
const stressMode =
  params.get('bench') === 'stress'
    ? import('./bench/stress-mode.ts').then((mode) => mode.prepareStressMode(levelCatalog, params))
    : null;
let stressLevelKey: string | null = null;
const settingsReady = Promise.all([
  // The menu does not wait for the levels to be read and checked (it lists them as they come);
  // a level named in the address does.
  params.has('level') ? levelCatalog.ready : undefined,
  app
    .getState()
    .loadSettings()
    .catch((error: unknown) => console.warn('Front Desk: settings not loaded', error)),
  stressMode?.then((mode) => {
    stressLevelKey = mode.levelKey;
  }),
]).then(() => undefined);
// After the settings, so a first player is named in the player's language.
void settingsReady.then(() =>
  scores.getState().load(t(app.getState().locale, 'players.defaultName')),
);

const desktopLevels = window.frontDesk?.levels;
const levelImport = desktopLevels ? createLevelImportStore(desktopLevels) : null;
if (desktopLevels && levelImport) {
  followUserLevels(desktopLevels, levelCatalog);
  // The app menu's "Import level…": show the level list, where the outcome appears.
  desktopLevels.onMenuImport(() => {
    app.getState().show({ name: 'levels' });
    void levelImport.getState().run();
  });
}

const context: GameContext = {
  app,
  catalog: levelCatalog,
  scores,
  scoresPort,
  levelImport,
  ui,
  speed: speedFrom(params),
  settingsReady,
  quitApp: window.frontDesk ? () => window.frontDesk?.app.quit() : null,
};

/** The first screen: a level named in the URL, else the main menu. */
function firstScreen(): Screen {
  if (stressLevelKey !== null) return { name: 'desk', levelKey: stressLevelKey };
  const id = params.get('level');
  const entry = id === null ? undefined : levelCatalog.byId(id);
  if (id !== null && !entry) console.warn(`Front Desk: no level with id "${id}"`);
  if (!entry) return { name: 'menu' };
  return entry.level
    ? { name: 'desk', levelKey: entry.key }
    : { name: 'error', levelKey: entry.key };
}

const syncDocument = (locale: Parameters<typeof t>[0]) => {
  document.documentElement.lang = locale;
  document.title = t(locale, 'app.title');
};
syncDocument(app.getState().locale);
app.subscribe((state, previous) => {
  if (state.locale !== previous.locale) syncDocument(state.locale);
});

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  backgroundColor: '#16202e',
  banner: false,
  audio: { noAudio: true },
  // Raw frame times: the shift must follow the wall clock even on slow (software-GL) machines,
  // where Phaser's smoothing would cap each frame at 1/60 s and slow the whole game down.
  fps: { smoothStep: false },
  scale: {
    mode: Phaser.Scale.FIT,
    autoCenter: Phaser.Scale.CENTER_BOTH,
    width: WIDTH,
    height: HEIGHT,
  },
  scene: [
    new BootScene(context, firstScreen),
    new MenuScene(context),
    new DeskScene(context),
    new LevelEndScene(context),
    new ErrorScene(context),
  ],
});

startRouter(game, app);
void stressMode?.then((mode) => mode.attach(game, app));
watchLevelFiles(app, levelCatalog);
