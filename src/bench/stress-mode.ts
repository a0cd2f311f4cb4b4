/**
 * The benchmark's stress mode (`?bench=stress&customers=N`): the real desk scene playing a
 * generated level whose N customers all arrive at once and never run out of patience, so N
 * people stay on screen while the frame probe measures. Loaded with a dynamic `import()` only
 * in this mode, so the game's normal bundle carries none of it.
 */
import type * as Phaser from 'phaser';
import type { LevelCatalog } from '../levels/catalog.ts';
import type { AppStore } from '../state/app-store.ts';
import { installBenchHooks } from './bench-hooks.ts';
import { generateLevel, levelToJson } from './level-generator.ts';

/** The desk scene's key (kept literal so this module needs nothing from the scenes). */
const DESK_SCENE = 'DeskScene';
/** Most customers the stress mode puts on screen. */
const MAX_CUSTOMERS = 1000;

/** A prepared stress run: the level is in the catalog; `attach` starts measuring. */
export interface StressMode {
  readonly levelKey: string;
  readonly customers: number;
  attach(game: Phaser.Game, app: AppStore): void;
}

/** Reads `customers` (default 50), generates the level and adds it to the catalog. */
export function prepareStressMode(catalog: LevelCatalog, params: URLSearchParams): StressMode {
  const asked = Number(params.get('customers') ?? 50);
  const customers = Number.isFinite(asked) ? Math.min(MAX_CUSTOMERS, Math.max(1, asked)) : 50;
  const level = generateLevel({
    seed: 20261123,
    customers,
    arrivals: 'all-at-start',
    patience: 100,
    // The format needs some drain; over the whole shift this costs under 4 points of patience.
    drainPerSecond: 0.001,
    shiftSeconds: 3600,
    id: `bench-stress-${customers}`,
  });
  const entry = catalog.registerLevelText(levelToJson(level), `bench-stress-${customers}.json`);
  if (!entry.level) {
    throw new Error(`stress level invalid: ${entry.problems.map((p) => p.message).join('; ')}`);
  }
  return {
    levelKey: entry.key,
    customers,
    attach(game, app) {
      const hooks = installBenchHooks(game, customers);
      let created: (() => void)[] = [];
      const desk = game.scene.getScene(DESK_SCENE);
      const onCreate = () => {
        hooks.starts += 1;
        hooks.ready = true;
        for (const resolve of created) resolve();
        created = [];
      };
      desk.events.on('create', onCreate);
      // The first start may already have happened before this module was attached.
      if (desk.sys.isActive()) onCreate();
      hooks.restartLevel = () =>
        new Promise<void>((resolve) => {
          created.push(resolve);
          app.getState().show({ name: 'desk', levelKey: entry.key });
        });
    },
  };
}
