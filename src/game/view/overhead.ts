/** What floats over a waiting customer's head: the patience bar and the nod or complaint badge. */
import type * as Phaser from 'phaser';
import { PALETTE, patienceColor } from '../art/color.ts';
import { alertBadge, tickBadge } from '../art/icons.ts';

/** Width of a patience bar. */
export const BAR_WIDTH = 58;

/** The badge over a waiting customer: acknowledged (tick), feeling ignored (!), or none. */
export type Badge = 'none' | 'ack' | 'ignored';

/** Redraws a patience bar (0-100) at the graphics' origin. */
export function drawPatienceBar(g: Phaser.GameObjects.Graphics, patience: number): void {
  g.clear();
  g.fillStyle(PALETTE.ink, 0.55);
  g.fillRoundedRect(-2, -2, BAR_WIDTH + 4, 13, 6);
  g.fillStyle(patienceColor(patience), 1);
  g.fillRoundedRect(0, 0, Math.max(6, (BAR_WIDTH * patience) / 100), 9, 4);
}

/** Redraws a badge centred on the graphics' origin. */
export function drawBadge(g: Phaser.GameObjects.Graphics, badge: Badge): void {
  g.clear();
  if (badge === 'ack') tickBadge(g, 0, 0, 11, PALETTE.good);
  if (badge === 'ignored') alertBadge(g, 0, 0, 11, PALETTE.low);
}
