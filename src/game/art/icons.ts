/** Small vector icons drawn with Graphics (no emoji: system fonts may lack them). */
import type * as Phaser from 'phaser';

type Graphics = Phaser.GameObjects.Graphics;

function polygon(g: Graphics, points: readonly (readonly [number, number])[]): void {
  const [first, ...rest] = points;
  if (!first) return;
  g.beginPath();
  g.moveTo(first[0], first[1]);
  for (const [x, y] of rest) g.lineTo(x, y);
  g.closePath();
  g.fillPath();
}

/** A heart centred on (x, y), `size` wide. */
export function heart(g: Graphics, x: number, y: number, size: number, color: number): void {
  const r = size / 4;
  g.fillStyle(color, 1);
  g.fillCircle(x - r, y - r / 2, r);
  g.fillCircle(x + r, y - r / 2, r);
  g.fillTriangle(x - 2 * r, y - r / 4, x + 2 * r, y - r / 4, x, y + size / 2);
}

/** A five-pointed star centred on (x, y) with outer radius `r`. */
export function star(g: Graphics, x: number, y: number, r: number, color: number): void {
  const points: [number, number][] = [];
  for (let i = 0; i < 10; i += 1) {
    const radius = i % 2 === 0 ? r : r * 0.45;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([x + Math.cos(angle) * radius, y + Math.sin(angle) * radius]);
  }
  g.fillStyle(color, 1);
  polygon(g, points);
}

/** An hourglass centred on (x, y), `size` tall. */
export function hourglass(g: Graphics, x: number, y: number, size: number, color: number): void {
  const w = size * 0.36;
  const h = size / 2;
  g.fillStyle(color, 1);
  g.fillRect(x - w - 1, y - h, 2 * w + 2, 2);
  g.fillRect(x - w - 1, y + h - 2, 2 * w + 2, 2);
  g.fillTriangle(x - w, y - h + 2, x + w, y - h + 2, x, y);
  g.fillTriangle(x - w, y + h - 2, x + w, y + h - 2, x, y);
}

/** A round badge with a tick. */
export function tickBadge(g: Graphics, x: number, y: number, r: number, color: number): void {
  g.fillStyle(0xffffff, 1);
  g.fillCircle(x, y, r + 2);
  g.fillStyle(color, 1);
  g.fillCircle(x, y, r);
  g.lineStyle(3, 0xffffff, 1);
  g.beginPath();
  g.moveTo(x - r * 0.45, y);
  g.lineTo(x - r * 0.1, y + r * 0.4);
  g.lineTo(x + r * 0.5, y - r * 0.4);
  g.strokePath();
}

/** A round badge with an exclamation mark. */
export function alertBadge(g: Graphics, x: number, y: number, r: number, color: number): void {
  g.fillStyle(0xffffff, 1);
  g.fillCircle(x, y, r + 2);
  g.fillStyle(color, 1);
  g.fillCircle(x, y, r);
  g.fillStyle(0xffffff, 1);
  g.fillRoundedRect(x - 1.8, y - r * 0.6, 3.6, r * 0.75, 1.5);
  g.fillCircle(x, y + r * 0.45, 2);
}
