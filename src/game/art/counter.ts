/**
 * The service counter with its props (monitor, paper tray, pens, bell), drawn once into its own
 * texture so it can sit in front of the clerk.
 */
import type * as Phaser from 'phaser';
import { COUNTER } from '../layout.ts';
import { PALETTE } from './color.ts';

type Graphics = Phaser.GameObjects.Graphics;

/** Texture key of the counter. */
export const COUNTER_TEXTURE = 'counter';
/** The counter texture is taller than the counter: its top holds the monitor and props. */
export const COUNTER_PROPS_HEIGHT = 70;

/** Draws the counter with its props into `g` (local coordinates). */
export function drawCounter(g: Graphics): void {
  const top = COUNTER_PROPS_HEIGHT;
  const { width, height } = COUNTER;
  // Monitor, seen from the side, facing the clerk.
  g.fillStyle(0x3b4252, 1);
  g.fillRoundedRect(292, top - 60, 14, 54, 4);
  g.fillRect(300, top - 10, 26, 6);
  g.fillRect(306, top - 30, 8, 22);
  // Paper tray, a pen pot and a bell.
  g.fillStyle(0xffffff, 1);
  g.fillRect(40, top - 12, 62, 10);
  g.fillStyle(0xe9ecef, 1);
  g.fillRect(44, top - 18, 56, 8);
  g.fillStyle(PALETTE.teal, 1);
  g.fillRoundedRect(128, top - 26, 20, 24, 4);
  g.lineStyle(3, PALETTE.orange, 1);
  g.lineBetween(134, top - 26, 130, top - 38);
  g.lineStyle(3, PALETTE.low, 1);
  g.lineBetween(142, top - 26, 146, top - 40);
  g.fillStyle(0xf4d58d, 1);
  g.fillEllipse(372, top - 4, 34, 8);
  g.fillCircle(372, top - 10, 12);
  g.fillStyle(0xffffff, 0.6);
  g.fillCircle(368, top - 14, 4);
  // The counter itself.
  g.fillStyle(PALETTE.woodLight, 1);
  g.fillRoundedRect(0, top, width, 22, 6);
  g.fillStyle(PALETTE.wood, 1);
  g.fillRect(10, top + 22, width - 20, height - 22);
  g.fillStyle(PALETTE.teal, 1);
  g.fillRect(10, top + 44, width - 20, 18);
  g.lineStyle(3, PALETTE.woodDark, 1);
  for (let x = 24; x < width - 40; x += 124) g.strokeRoundedRect(x, top + 76, 108, 90, 8);
}

/** Creates the counter texture once per game. */
export function ensureCounterTexture(scene: Phaser.Scene): void {
  if (scene.textures.exists(COUNTER_TEXTURE)) return;
  const g = scene.make.graphics({}, false);
  drawCounter(g);
  g.generateTexture(COUNTER_TEXTURE, COUNTER.width, COUNTER.height + COUNTER_PROPS_HEIGHT);
  g.destroy();
}
