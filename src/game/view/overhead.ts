/**
 * What floats over a waiting customer's head: the patience bar and the nod or complaint badge.
 * Drawn once into textures and shown as images: a queue can hold hundreds of customers, and
 * images batch into a few draw calls where one vector `Graphics` per bar is re-tessellated
 * every frame.
 */
import type * as Phaser from 'phaser';
import { PALETTE, patienceColor } from '../art/color.ts';
import { alertBadge, tickBadge } from '../art/icons.ts';

/** Width of a patience bar. */
export const BAR_WIDTH = 58;
const BAR_HEIGHT = 9;
const FRAME = 2;
const BADGE_RADIUS = 11;

/** The badge over a waiting customer: acknowledged (tick), feeling ignored (!), or none. */
export type Badge = 'none' | 'ack' | 'ignored';

const TEXTURES = {
  back: 'overhead-bar-back',
  fill: 'overhead-bar-fill',
  ack: 'overhead-badge-ack',
  ignored: 'overhead-badge-ignored',
} as const;

/** Bakes the bar and badge textures (once per game). */
export function ensureOverheadTextures(scene: Phaser.Scene): void {
  if (scene.textures.exists(TEXTURES.back)) return;
  const g = scene.add.graphics();
  const bake = (key: string, width: number, height: number, draw: () => void) => {
    g.clear();
    draw();
    g.generateTexture(key, width, height);
  };
  bake(TEXTURES.back, BAR_WIDTH + 2 * FRAME, BAR_HEIGHT + 2 * FRAME + 2, () =>
    g.fillStyle(PALETTE.ink, 0.55).fillRoundedRect(0, 0, BAR_WIDTH + 4, 13, 6),
  );
  // White, so each bar is tinted to its patience colour.
  bake(TEXTURES.fill, BAR_WIDTH, BAR_HEIGHT, () =>
    g.fillStyle(0xffffff, 1).fillRoundedRect(0, 0, BAR_WIDTH, BAR_HEIGHT, 4),
  );
  const size = 2 * BADGE_RADIUS + 4;
  bake(TEXTURES.ack, size, size, () =>
    tickBadge(g, size / 2, size / 2, BADGE_RADIUS, PALETTE.good),
  );
  bake(TEXTURES.ignored, size, size, () =>
    alertBadge(g, size / 2, size / 2, BADGE_RADIUS, PALETTE.low),
  );
  g.destroy();
}

/** The images over one customer's head. */
export interface Overhead {
  readonly back: Phaser.GameObjects.Image;
  readonly fill: Phaser.GameObjects.Image;
  readonly badge: Phaser.GameObjects.Image;
}

/** Creates the (hidden) overhead images at `depth`. */
export function createOverhead(scene: Phaser.Scene, depth: number): Overhead {
  const image = (key: string) =>
    scene.add.image(0, 0, key).setOrigin(0, 0).setDepth(depth).setVisible(false);
  return {
    back: image(TEXTURES.back),
    fill: image(TEXTURES.fill),
    badge: image(TEXTURES.ack).setOrigin(0.5, 0.5),
  };
}

/** Places the bar's top-left at (x, y) and the badge to its right. */
export function placeOverhead(overhead: Overhead, x: number, y: number): void {
  overhead.back.setPosition(x - FRAME, y - FRAME);
  overhead.fill.setPosition(x, y);
  overhead.badge.setPosition(x + BAR_WIDTH + 14, y + 4);
}

/** Shows or hides the bar and badge together. */
export function showOverhead(overhead: Overhead, visible: boolean, badge: Badge): void {
  overhead.back.setVisible(visible);
  overhead.fill.setVisible(visible);
  overhead.badge.setVisible(visible && badge !== 'none');
}

/** Sets the bar to `patience` (0-100): its length and colour. */
export function setPatience(overhead: Overhead, patience: number): void {
  const width = Math.max(6, (BAR_WIDTH * patience) / 100);
  overhead.fill.setCrop(0, 0, width, BAR_HEIGHT).setTint(patienceColor(patience));
}

/** Switches the badge picture (call `showOverhead` for its visibility). */
export function setBadge(overhead: Overhead, badge: Badge): void {
  if (badge !== 'none') overhead.badge.setTexture(TEXTURES[badge]);
}

/** Removes the overhead images. */
export function destroyOverhead(overhead: Overhead): void {
  overhead.back.destroy();
  overhead.fill.destroy();
  overhead.badge.destroy();
}
