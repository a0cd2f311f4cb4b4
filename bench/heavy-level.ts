/**
 * The heavy level the Node benchmarks run: 200 customers with 12-node, 4-choice dialogues arriving
 * over a 20-minute shift, faster than one desk can serve them, so the queue grows long and
 * patience drains for many customers at once. Generated from a seed, so every run is identical.
 */
import type { Level } from '../src/core/level.ts';
import { generateLevel, levelToJson } from '../src/bench/level-generator.ts';

/** Seed of every benchmark level. */
export const BENCH_SEED = 20_240_601;

/** Shape of the heavy level, full size or tiny for smoke runs. */
export interface HeavyLevelSize {
  readonly customers: number;
  readonly nodesPerDialogue: number;
  readonly choicesPerNode: number;
  readonly shiftSeconds: number;
}

/** The full-size heavy level. */
export const HEAVY_SIZE: HeavyLevelSize = {
  customers: 200,
  nodesPerDialogue: 12,
  choicesPerNode: 4,
  shiftSeconds: 1200,
};

/** A tiny level for smoke runs: same shape, a fraction of the work. */
export const SMOKE_SIZE: HeavyLevelSize = {
  customers: 12,
  nodesPerDialogue: 4,
  choicesPerNode: 4,
  shiftSeconds: 120,
};

/** The heavy level of the given size. */
export function heavyLevel(size: HeavyLevelSize = HEAVY_SIZE): Level {
  return generateLevel({
    seed: BENCH_SEED,
    customers: size.customers,
    nodesPerDialogue: size.nodesPerDialogue,
    choicesPerNode: size.choicesPerNode,
    shiftSeconds: size.shiftSeconds,
    arrivals: 'spread',
    id: `bench-heavy-${size.customers}`,
  });
}

/** The heavy level as level-file text (what the validator reads). */
export function heavyLevelJson(size: HeavyLevelSize = HEAVY_SIZE): string {
  return levelToJson(heavyLevel(size));
}
