/**
 * The office, drawn once into a texture at boot: wall, window, notice board, clock, door,
 * plants and the queue runner on the floor. The counter is separate (`counter.ts`) so the
 * clerk can stand behind it.
 */
import type * as Phaser from 'phaser';
import { DOOR_X, FEET_Y, FLOOR_Y, HEIGHT, WIDTH } from '../layout.ts';
import { PALETTE, shade } from './color.ts';

type Graphics = Phaser.GameObjects.Graphics;

/** Texture keys made here. */
export const OFFICE_TEXTURE = 'office';

function drawWall(g: Graphics): void {
  g.fillStyle(PALETTE.wall, 1);
  g.fillRect(0, 0, WIDTH, FLOOR_Y);
  g.fillStyle(PALETTE.wallShade, 0.45);
  for (let x = 0; x < WIDTH; x += 80) g.fillRect(x, 0, 36, FLOOR_Y);
  g.fillStyle(shade(PALETTE.wall, -0.12), 1);
  g.fillRect(0, 0, WIDTH, 14);
  g.fillStyle(PALETTE.wainscot, 1);
  const rail = FLOOR_Y - 104;
  g.fillRect(0, rail + 6, WIDTH, FLOOR_Y - rail - 6);
  g.lineStyle(2, shade(PALETTE.wainscot, -0.12), 1);
  for (let x = 16; x < WIDTH; x += 128) g.strokeRoundedRect(x, rail + 20, 104, 70, 6);
  g.fillStyle(PALETTE.woodLight, 1);
  g.fillRect(0, rail, WIDTH, 8);
}

function drawFloor(g: Graphics): void {
  g.fillStyle(PALETTE.floor, 1);
  g.fillRect(0, FLOOR_Y, WIDTH, HEIGHT - FLOOR_Y);
  g.lineStyle(2, PALETTE.floorLine, 1);
  let y = FLOOR_Y + 22;
  let row = 0;
  for (let gap = 24; y < HEIGHT; gap += 8, row += 1) {
    g.lineBetween(0, y, WIDTH, y);
    for (let x = (row % 2) * 90 + 40; x < WIDTH; x += 180) g.lineBetween(x, y - gap + 2, x, y);
    y += gap;
  }
  g.fillStyle(PALETTE.woodDark, 1);
  g.fillRect(0, FLOOR_Y - 6, WIDTH, 10);
  g.fillStyle(0x2f6f73, 0.9);
  g.fillRoundedRect(600, FEET_Y - 26, 560, 44, 10);
  g.lineStyle(3, 0xf4d58d, 0.9);
  g.strokeRoundedRect(608, FEET_Y - 20, 544, 32, 8);
}

function drawWindow(g: Graphics): void {
  const x = 478;
  const y = 48;
  g.fillStyle(0xffffff, 1);
  g.fillRoundedRect(x - 10, y - 10, 164, 196, 8);
  g.fillStyle(0xbfe3f2, 1);
  g.fillRect(x, y, 144, 176);
  g.fillStyle(0xdcf0f8, 1);
  g.fillRect(x, y + 90, 144, 86);
  g.fillStyle(0xffffff, 0.95);
  g.fillEllipse(x + 40, y + 34, 56, 20);
  g.fillEllipse(x + 62, y + 28, 40, 22);
  g.fillEllipse(x + 110, y + 58, 44, 14);
  g.fillStyle(0x9fb8c8, 1);
  g.fillRect(x + 6, y + 112, 34, 64);
  g.fillRect(x + 46, y + 96, 28, 80);
  g.fillRect(x + 82, y + 124, 52, 52);
  g.fillStyle(0xffffff, 1);
  g.fillRect(x + 69, y, 6, 176);
  g.fillRect(x, y + 84, 144, 6);
  g.fillStyle(shade(PALETTE.wall, -0.2), 1);
  g.fillRect(x - 16, y + 182, 176, 10);
}

function drawNoticeBoard(g: Graphics): void {
  g.fillStyle(PALETTE.woodLight, 1);
  g.fillRoundedRect(700, 66, 200, 140, 8);
  g.fillStyle(0xc9a26b, 1);
  g.fillRect(710, 76, 180, 120);
  const notes: [number, number, number, number, number][] = [
    [722, 86, 56, 44, 0xfff3b0],
    [790, 90, 48, 60, 0xffffff],
    [848, 84, 32, 40, 0xbde0fe],
    [728, 140, 50, 46, 0xffc8dd],
    [846, 134, 36, 52, 0xfff3b0],
  ];
  for (const [nx, ny, w, h, color] of notes) {
    g.fillStyle(color, 1);
    g.fillRect(nx, ny, w, h);
    g.fillStyle(PALETTE.low, 1);
    g.fillCircle(nx + w / 2, ny + 4, 3);
    g.lineStyle(2, 0x9a9a9a, 0.6);
    for (let ly = ny + 14; ly < ny + h - 6; ly += 8) g.lineBetween(nx + 6, ly, nx + w - 6, ly);
  }
}

function drawClock(g: Graphics): void {
  const x = 1000;
  const y = 104;
  g.fillStyle(PALETTE.ink, 1);
  g.fillCircle(x, y, 34);
  g.fillStyle(0xffffff, 1);
  g.fillCircle(x, y, 29);
  g.fillStyle(PALETTE.ink, 1);
  for (let i = 0; i < 12; i += 1) {
    const a = (i / 12) * Math.PI * 2;
    g.fillCircle(x + Math.cos(a) * 23, y + Math.sin(a) * 23, i % 3 === 0 ? 2.6 : 1.4);
  }
  g.lineStyle(4, PALETTE.ink, 1);
  g.lineBetween(x, y, x + 10, y - 12);
  g.lineStyle(3, PALETTE.ink, 1);
  g.lineBetween(x, y, x - 4, y + 19);
  g.fillStyle(PALETTE.low, 1);
  g.fillCircle(x, y, 3);
}

function drawDoor(g: Graphics): void {
  const x = DOOR_X - 48;
  const top = FLOOR_Y - 230;
  g.fillStyle(shade(PALETTE.wall, -0.25), 1);
  g.fillRect(x - 10, top - 10, 116, FLOOR_Y - top + 10);
  g.fillStyle(PALETTE.wood, 1);
  g.fillRect(x, top, 96, FLOOR_Y - top);
  g.fillStyle(0xcfe9f5, 1);
  g.fillRoundedRect(x + 16, top + 18, 64, 92, 6);
  g.lineStyle(3, PALETTE.woodDark, 1);
  g.strokeRoundedRect(x + 14, top + 126, 68, 90, 6);
  g.fillStyle(0xf4d58d, 1);
  g.fillCircle(x + 14, top + 122, 6);
  g.fillStyle(PALETTE.good, 1);
  g.fillRoundedRect(x + 18, top - 36, 60, 20, 4);
  g.fillStyle(0xffffff, 1);
  g.fillTriangle(x + 58, top - 32, x + 70, top - 26, x + 58, top - 20);
  g.fillRect(x + 30, top - 28, 28, 4);
}

function drawPlant(g: Graphics, x: number, scale: number): void {
  const potTop = FLOOR_Y + 20 - 60 * scale;
  const leaf = (dx: number, dy: number, w: number, h: number, color: number) => {
    g.fillStyle(color, 1);
    g.fillEllipse(x + dx * scale, potTop + dy * scale, w * scale, h * scale);
  };
  leaf(-26, -40, 30, 80, 0x3a7d44);
  leaf(24, -44, 30, 84, 0x3a7d44);
  leaf(-6, -70, 30, 96, 0x4f9d5a);
  leaf(10, -30, 28, 64, 0x5cb26a);
  leaf(-16, -22, 26, 56, 0x5cb26a);
  g.fillStyle(0xd9825b, 1);
  g.fillRoundedRect(x - 26 * scale, potTop, 52 * scale, 60 * scale, {
    tl: 4,
    tr: 4,
    bl: 12,
    br: 12,
  });
  g.fillStyle(0xc06a44, 1);
  g.fillRect(x - 30 * scale, potTop, 60 * scale, 10 * scale);
}

/** The plaque above the counter; the scene writes the localized sign text on it. */
export const SIGN = { x: 86, y: 72, width: 300, height: 64 } as const;

function drawSign(g: Graphics): void {
  g.fillStyle(shade(PALETTE.teal, -0.3), 0.35);
  g.fillRoundedRect(SIGN.x + 4, SIGN.y + 6, SIGN.width, SIGN.height, 12);
  g.fillStyle(PALETTE.teal, 1);
  g.fillRoundedRect(SIGN.x, SIGN.y, SIGN.width, SIGN.height, 12);
  g.lineStyle(3, 0xffffff, 0.85);
  g.strokeRoundedRect(SIGN.x + 6, SIGN.y + 6, SIGN.width - 12, SIGN.height - 12, 8);
  g.lineStyle(2, PALETTE.woodDark, 1);
  g.lineBetween(SIGN.x + 40, SIGN.y, SIGN.x + 70, 14);
  g.lineBetween(SIGN.x + SIGN.width - 40, SIGN.y, SIGN.x + SIGN.width - 70, 14);
}

/** Draws the whole room into `g` (canvas coordinates). */
export function drawOffice(g: Graphics): void {
  drawWall(g);
  drawSign(g);
  drawFloor(g);
  drawWindow(g);
  drawNoticeBoard(g);
  drawClock(g);
  drawDoor(g);
  drawPlant(g, 650, 0.8);
  drawPlant(g, 1148, 1);
}

/** Creates the office texture once per game. */
export function ensureOfficeTextures(scene: Phaser.Scene): void {
  if (!scene.textures.exists(OFFICE_TEXTURE)) {
    const g = scene.make.graphics({}, false);
    drawOffice(g);
    g.generateTexture(OFFICE_TEXTURE, WIDTH, HEIGHT);
    g.destroy();
  }
}
