/**
 * Seeded randomness as pure functions on a uint32 state (mulberry32), so the RNG lives inside
 * the simulation state and every run with the same seed and inputs is identical.
 */

/** A random draw and the RNG state to use for the next one. */
export interface RandomDraw {
  /** Uniform in [0, 1). */
  readonly value: number;
  readonly state: number;
}

/** A shuffled copy and the RNG state after shuffling. */
export interface ShuffleResult<T> {
  readonly items: T[];
  readonly state: number;
}

/** The initial RNG state for a seed (any number; reduced to uint32 like the state itself). */
export function seedRng(seed: number): number {
  return seed >>> 0;
}

/** One mulberry32 draw: returns the value in [0, 1) and the next state. Does not mutate anything. */
export function nextRandom(state: number): RandomDraw {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = Math.imul(next ^ (next >>> 15), next | 1);
  t = (t + Math.imul(t ^ (t >>> 7), t | 61)) ^ t;
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, state: next };
}

/** An integer in [0, bound) and the next state. */
export function nextInt(
  state: number,
  bound: number,
): { readonly value: number; readonly state: number } {
  const draw = nextRandom(state);
  return { value: Math.floor(draw.value * bound), state: draw.state };
}

/**
 * Fisher-Yates shuffle of a copy of `items`, threading the RNG state.
 * The input array is left untouched; arrays of 0 or 1 items consume no randomness.
 */
export function shuffle<T>(items: readonly T[], state: number): ShuffleResult<T> {
  const result = items.slice();
  let rng = state;
  for (let i = result.length - 1; i > 0; i -= 1) {
    const draw = nextInt(rng, i + 1);
    rng = draw.state;
    const j = draw.value;
    const swap = result[i] as T;
    result[i] = result[j] as T;
    result[j] = swap;
  }
  return { items: result, state: rng };
}
