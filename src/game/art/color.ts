/** Colour helpers for drawing with Phaser (0xRRGGBB numbers) from level colours (`#rrggbb`). */

/** Parses `#rrggbb` (as levels give it) to a number; bad input gives a neutral grey. */
export function hexToNumber(hex: string): number {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  return match?.[1] ? parseInt(match[1], 16) : 0x888888;
}

function channels(color: number): [number, number, number] {
  return [(color >> 16) & 0xff, (color >> 8) & 0xff, color & 0xff];
}

function pack([r, g, b]: readonly number[]): number {
  const c = (v: number | undefined) => Math.max(0, Math.min(255, Math.round(v ?? 0)));
  return (c(r) << 16) | (c(g) << 8) | c(b);
}

/** Mixes two colours; `t` = 0 gives `a`, 1 gives `b`. */
export function mix(a: number, b: number, t: number): number {
  const ca = channels(a);
  const cb = channels(b);
  return pack(ca.map((v, i) => v + ((cb[i] ?? 0) - v) * t));
}

/** Darker (negative `amount`) or lighter (positive) version of a colour, amount in -1..1. */
export function shade(color: number, amount: number): number {
  return amount < 0 ? mix(color, 0x000000, -amount) : mix(color, 0xffffff, amount);
}

/** Perceived brightness 0-1, to pick contrasting details. */
export function luminance(color: number): number {
  const [r, g, b] = channels(color);
  return (0.299 * r + 0.587 * g + 0.114 * b) / 255;
}

/** The game's palette (shared with the CSS custom properties in `ui/styles.css`). */
export const PALETTE = {
  ink: 0x1d2433,
  wall: 0xf1e7da,
  wallShade: 0xe4d6c4,
  wainscot: 0xd8c3a8,
  floor: 0xc49a74,
  floorLine: 0xb2875f,
  teal: 0x1f7a68,
  tealLight: 0x47a58e,
  orange: 0xf29e4c,
  wood: 0x8d5a3b,
  woodLight: 0xa86f4a,
  woodDark: 0x6b4029,
  good: 0x3fa34d,
  fair: 0xf2b134,
  low: 0xd64545,
  white: 0xffffff,
} as const;

/** Patience colour: green when high, amber in the middle, red when nearly gone. */
export function patienceColor(value: number): number {
  const v = Math.max(0, Math.min(100, value));
  return v >= 50
    ? mix(PALETTE.fair, PALETTE.good, Math.min(1, (v - 50) / 30))
    : mix(PALETTE.low, PALETTE.fair, Math.max(0, (v - 15) / 35));
}
