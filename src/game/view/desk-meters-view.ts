/**
 * The served customer's three meters drawn on a small card by the desk: satisfaction (heart),
 * self-esteem (star) and patience (hourglass). The DOM panel mirrors them with names and numbers.
 */
import type * as Phaser from 'phaser';
import type { Meters } from '../../core/types.ts';
import { PALETTE, patienceColor } from '../art/color.ts';
import { heart, hourglass, star } from '../art/icons.ts';
import { SERVICE_X } from '../layout.ts';
import { DEPTH } from './office-view.ts';

const CARD = { x: SERVICE_X - 88, y: 112, width: 176, height: 96 } as const;
const BAR = { x: 40, width: 118, height: 12 } as const;

/** The meters card; hidden while the desk is free. */
export class DeskMetersView {
  private readonly graphics: Phaser.GameObjects.Graphics;
  private shown = '';

  constructor(scene: Phaser.Scene) {
    this.graphics = scene.add.graphics().setDepth(DEPTH.card).setPosition(CARD.x, CARD.y);
  }

  /** Shows the meters, or hides the card for `null`. */
  update(meters: Meters | null): void {
    const key = meters
      ? `${Math.round(meters.satisfaction)}:${Math.round(meters.selfEsteem)}:${Math.round(meters.patience)}`
      : '';
    if (key === this.shown) return;
    this.shown = key;
    const g = this.graphics.clear();
    g.setVisible(meters !== null);
    if (!meters) return;
    g.fillStyle(PALETTE.ink, 0.18);
    g.fillRoundedRect(3, 5, CARD.width, CARD.height, 14);
    g.fillStyle(0xffffff, 0.95);
    g.fillRoundedRect(0, 0, CARD.width, CARD.height, 14);
    const rows: [number, (y: number) => void, number][] = [
      [meters.satisfaction, (y) => heart(g, 20, y, 18, 0xe0565b), fill(meters.satisfaction)],
      [meters.selfEsteem, (y) => star(g, 20, y, 10, 0xf2b134), fill(meters.selfEsteem)],
      [meters.patience, (y) => hourglass(g, 20, y, 18, 0x5c6b8a), patienceColor(meters.patience)],
    ];
    rows.forEach(([value, icon, color], i) => {
      const y = 22 + i * 26;
      icon(y);
      g.fillStyle(PALETTE.ink, 0.15);
      g.fillRoundedRect(BAR.x, y - BAR.height / 2, BAR.width, BAR.height, 6);
      g.fillStyle(color, 1);
      g.fillRoundedRect(
        BAR.x,
        y - BAR.height / 2,
        Math.max(8, (BAR.width * value) / 100),
        BAR.height,
        6,
      );
    });
  }
}

function fill(value: number): number {
  return value >= 60 ? PALETTE.good : value >= 30 ? PALETTE.fair : PALETTE.low;
}
