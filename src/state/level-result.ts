/**
 * What the end-of-shift screen shows: score, stars, how customers left and which principles the
 * player's answers honoured or broke. Counting only: the numbers come from the core.
 */
import type { Level } from '../core/level.ts';
import { starsFor } from '../core/scoring.ts';
import { summary } from '../core/selectors.ts';
import type { Outcome, SimState } from '../core/types.ts';
import type { ChoiceMade } from './session-store.ts';

/** How often the player's answers honoured and broke one principle. */
export interface PrincipleTally {
  readonly id: string;
  readonly honoured: number;
  readonly broken: number;
}

/** The result of one finished (or abandoned) play. */
export interface LevelResult {
  readonly levelId: string;
  readonly score: number;
  readonly stars: number;
  readonly served: number;
  readonly walkedOut: number;
  readonly outcomes: Readonly<Record<Outcome, number>>;
  /** Principles touched by any answer, most broken first, then most honoured. */
  readonly principles: readonly PrincipleTally[];
}

/** Sums up a play from its final simulation state and the answers given. */
export function levelResultOf(
  level: Level,
  sim: SimState,
  answers: readonly ChoiceMade[],
): LevelResult {
  const counts = summary(sim);
  const tallies = new Map<string, { honoured: number; broken: number }>();
  const tally = (id: string) => {
    let entry = tallies.get(id);
    if (!entry) {
      entry = { honoured: 0, broken: 0 };
      tallies.set(id, entry);
    }
    return entry;
  };
  for (const answer of answers) {
    for (const id of answer.honours) tally(id).honoured += 1;
    for (const id of answer.breaks) tally(id).broken += 1;
  }
  const principles = [...tallies.entries()]
    .map(([id, { honoured, broken }]) => ({ id, honoured, broken }))
    .sort((a, b) => b.broken - a.broken || b.honoured - a.honoured || a.id.localeCompare(b.id));
  return {
    levelId: level.id,
    score: sim.score,
    stars: starsFor(sim.score, level.scoring.stars),
    served: counts.served,
    walkedOut: counts.walkedOut,
    outcomes: counts.outcomes,
    principles,
  };
}
