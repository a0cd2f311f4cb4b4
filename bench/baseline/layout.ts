/**
 * Canvas size and queue layout shared by the baseline pages, matching the game's design size.
 */

/** Design width of the canvas, as in the game. */
export const BASELINE_WIDTH = 1280;
/** Design height of the canvas, as in the game. */
export const BASELINE_HEIGHT = 720;

const COLUMNS = 25;
const ROW_HEIGHT = 80;

/** Where the `index`-th of `count` customers stands: rows of 25, front row nearest the desk. */
export function queueSlot(index: number, count: number): { x: number; y: number } {
  const columns = Math.min(COLUMNS, Math.max(1, count));
  const column = index % COLUMNS;
  const row = Math.floor(index / COLUMNS);
  const spacing = (BASELINE_WIDTH - 80) / columns;
  return { x: 40 + spacing * (column + 0.5), y: BASELINE_HEIGHT - 60 - row * ROW_HEIGHT };
}
