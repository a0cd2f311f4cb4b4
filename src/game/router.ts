/**
 * Shows the scene for the app's current screen. Screens are state in the app store; this is the
 * only place that starts and stops Phaser scenes, so buttons just call `app.show(...)`.
 */
import type * as Phaser from 'phaser';
import type { AppStore, Screen } from '../state/app-store.ts';
import { SCENES, type SceneKey } from './context.ts';

const SCENE_OF: Readonly<Record<Screen['name'], SceneKey>> = {
  boot: SCENES.boot,
  menu: SCENES.menu,
  levels: SCENES.menu,
  language: SCENES.menu,
  quit: SCENES.menu,
  reports: SCENES.menu,
  players: SCENES.menu,
  'high-scores': SCENES.menu,
  desk: SCENES.desk,
  'level-end': SCENES.levelEnd,
  error: SCENES.error,
};

function sceneData(screen: Screen): object {
  switch (screen.name) {
    case 'desk':
    case 'error':
      return { levelKey: screen.levelKey };
    case 'level-end':
      return { levelKey: screen.levelKey, result: screen.result, attempt: screen.attempt };
    default:
      return {};
  }
}

/** Follows screen changes; returns the unsubscribe function. */
export function startRouter(game: Phaser.Game, app: AppStore): () => void {
  return app.subscribe((state, previous) => {
    if (state.screen === previous.screen) return;
    const target = SCENE_OF[state.screen.name];
    // The menu scene redraws itself between its own screens.
    if (target === SCENES.menu && SCENE_OF[previous.screen.name] === SCENES.menu) return;
    for (const scene of game.scene.getScenes(false)) {
      const key = scene.sys.settings.key;
      if (key !== target && scene.sys.isActive()) game.scene.stop(key);
    }
    // Starting a running scene restarts it (e.g. "Play again").
    game.scene.start(target, sceneData(state.screen));
  });
}
