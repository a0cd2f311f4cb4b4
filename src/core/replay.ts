/**
 * Replaying a recorded game: the same level and input log always give the same result,
 * which is what makes determinism testable and recorded sessions reproducible.
 */
import type { Level } from './level.ts';
import { sortedArrivals } from './level-index.ts';
import { createSimulation, step, STEPS_PER_SECOND, type SimulationOptions } from './simulation.ts';
import type { Intent, SimEvent, SimState } from './types.ts';

/** One recorded input: `intent` is passed to the step taken from the state whose tick is `tick`. */
export interface InputLogEntry {
  readonly tick: number;
  readonly intent: Intent;
}

/** Options for `replay`. */
export interface ReplayOptions {
  /** Stop after this many ticks even if the shift has not ended. Default: `defaultTickLimit`. */
  readonly maxTicks?: number;
  /** The simulation's inputs besides the level (customers' memories). */
  readonly memories?: SimulationOptions['memories'];
}

/** The outcome of a replay. */
export interface ReplayResult {
  readonly state: SimState;
  readonly events: readonly SimEvent[];
  /** Log entries never fed to a step (their tick came after the end, or was not a whole tick). */
  readonly unusedInputs: number;
}

/**
 * A generous default tick bound: the later of the shift length and the last arrival, plus an
 * hour. Only a level whose customers never lose patience can run that long without a player.
 */
export function defaultTickLimit(level: Level): number {
  const lastArrival = sortedArrivals(level).at(-1)?.at ?? 0;
  const seconds = Math.max(level.shift.durationSeconds, lastArrival) + 3600;
  return Math.ceil(seconds * STEPS_PER_SECOND);
}

/**
 * Runs `level` from `createSimulation` until the shift ends (or `maxTicks`), feeding each log
 * entry's intent to the step taken at its tick; entries of one tick keep their log order.
 */
export function replay(
  level: Level,
  inputLog: readonly InputLogEntry[],
  options: ReplayOptions = {},
): ReplayResult {
  const maxTicks = options.maxTicks ?? defaultTickLimit(level);
  const byTick = new Map<number, Intent[]>();
  for (const entry of inputLog) {
    const intents = byTick.get(entry.tick);
    if (intents) intents.push(entry.intent);
    else byTick.set(entry.tick, [entry.intent]);
  }

  let state = createSimulation(level, options.memories ? { memories: options.memories } : {});
  const events: SimEvent[] = [];
  let used = 0;
  while (!state.finished && state.tick < maxTicks) {
    const intents = byTick.get(state.tick) ?? [];
    used += intents.length;
    const result = step(level, state, intents);
    state = result.state;
    for (const event of result.events) events.push(event);
  }
  return { state, events, unusedInputs: inputLog.length - used };
}
