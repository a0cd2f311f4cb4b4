/**
 * Where things are on the 1280x720 canvas. The DOM overlay uses the same proportions (its CSS
 * works in percentages of the stage), so canvas art and overlay panels line up at any size.
 */

/** Canvas size (16:9); the stage scales it to fit the window. */
export const WIDTH = 1280;
export const HEIGHT = 720;

/** Where the wall meets the floor. */
export const FLOOR_Y = 350;
/** The line people stand on. */
export const FEET_Y = 424;

/** The service counter (front face) and the clerk behind it. */
export const COUNTER = { x: 36, y: 292, width: 400, height: 180 } as const;
export const CLERK_X = 214;

/** Where the customer being served stands. */
export const SERVICE_X = 505;

/** The queue: first slot and spacing, growing towards the door. */
export const QUEUE_FIRST_X = 672;
export const QUEUE_GAP = 92;
export const QUEUE_LAST_X = 1120;

/** The entrance people come in by and leave through. */
export const DOOR_X = 1218;

/** X of the n-th queue slot; a long queue squeezes together instead of leaving the room. */
export function queueSlotX(index: number, length: number): number {
  const gap =
    length > 1 ? Math.min(QUEUE_GAP, (QUEUE_LAST_X - QUEUE_FIRST_X) / (length - 1)) : QUEUE_GAP;
  return QUEUE_FIRST_X + index * gap;
}
