/**
 * Simulation throughput: the heavy level run headless by the scripted player from the first step
 * to the end of the shift, as fast as the core allows. Reports simulated seconds per wall second
 * and customers per wall second (median of several runs after a warm-up run).
 */
import { createSimulation, step } from '../src/core/simulation.ts';
import { FIXED_DT, type SimState } from '../src/core/types.ts';
import type { Level } from '../src/core/level.ts';
import { createScriptedPlayer } from './scripted-player.ts';
import { median, repeat } from './stats.ts';

/** One complete run of a level. */
export interface SimulationRun {
  readonly steps: number;
  readonly simulatedSeconds: number;
  readonly wallSeconds: number;
  readonly customers: number;
  readonly served: number;
  readonly walkedOut: number;
  readonly finished: boolean;
}

/** Median figures over the measured runs. */
export interface SimulationFigures {
  readonly realTimeFactor: number;
  readonly customersPerSecond: number;
  readonly stepsPerSecond: number;
  readonly simulatedSeconds: number;
  readonly served: number;
  readonly walkedOut: number;
  readonly runs: readonly SimulationRun[];
}

/**
 * Runs `level` to the end of its shift (or a safety cap of four shift lengths) with a scripted
 * player that reads each dialogue node for `thinkSteps` steps before answering.
 */
export function runLevel(level: Level, thinkSteps: number): SimulationRun {
  const player = createScriptedPlayer(thinkSteps);
  const maxSteps = Math.ceil((level.shift.durationSeconds * 4) / FIXED_DT);
  let state: SimState = createSimulation(level);
  const started = performance.now();
  while (!state.finished && state.tick < maxSteps) {
    state = step(level, state, player(state)).state;
  }
  const wallSeconds = (performance.now() - started) / 1000;
  return {
    steps: state.tick,
    simulatedSeconds: state.time,
    wallSeconds,
    customers: state.customers.length,
    served: state.customers.filter((customer) => customer.phase === 'served').length,
    walkedOut: state.customers.filter((customer) => customer.phase === 'walked-out').length,
    finished: state.finished,
  };
}

/** How to measure: the player's reading pause, warm-up runs and measured runs. */
export interface SimulationBenchOptions {
  readonly thinkSteps: number;
  readonly warmups: number;
  readonly repeats: number;
}

/** Measures `level` with unmeasured warm-up runs, then measured ones. */
export async function benchSimulation(
  level: Level,
  options: SimulationBenchOptions,
): Promise<SimulationFigures> {
  const runs = await repeat(options.warmups, options.repeats, () =>
    runLevel(level, options.thinkSteps),
  );
  const unfinished = runs.find((run) => !run.finished);
  if (unfinished) {
    throw new Error(`The simulation did not finish the level within ${unfinished.steps} steps.`);
  }
  const first = runs[0];
  return {
    realTimeFactor: median(runs.map((run) => run.simulatedSeconds / run.wallSeconds)),
    customersPerSecond: median(runs.map((run) => run.customers / run.wallSeconds)),
    stepsPerSecond: median(runs.map((run) => run.steps / run.wallSeconds)),
    simulatedSeconds: first?.simulatedSeconds ?? Number.NaN,
    served: first?.served ?? Number.NaN,
    walkedOut: first?.walkedOut ?? Number.NaN,
    runs,
  };
}
