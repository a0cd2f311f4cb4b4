/**
 * Fixed-timestep helpers for the render loop (the accumulator from Game Programming Patterns,
 * "Game Loop"): frames of any length are turned into whole FIXED_DT simulation steps.
 */
import type { Level } from './level.ts';
import { step } from './simulation.ts';
import { FIXED_DT, type Intent, type SimEvent, type SimState, type StepResult } from './types.ts';

/** Default cap on steps per frame, so a stalled tab does not spiral into ever longer frames. */
export const DEFAULT_MAX_STEPS = 8;

/** Slack so that, e.g., two 1/60 s frames reliably make one 1/30 s step despite rounding. */
const STEP_EPSILON = 1e-9;

/** How many steps to run this frame, and the time left over for the next frame. */
export interface ClockAdvance {
  readonly steps: number;
  /** Unsimulated time carried to the next frame, always in [0, FIXED_DT). */
  readonly accumulator: number;
  /** Same as `accumulator` (the name used in the shared notes). */
  readonly remainder: number;
}

/**
 * Adds a frame's duration to the accumulator and takes whole steps out of it. At most
 * `maxSteps` are returned; time beyond them is dropped (the game slows down instead of
 * trying to catch up). Negative or non-finite frame times count as zero.
 */
export function advanceClock(
  accumulator: number,
  frameSeconds: number,
  maxSteps: number = DEFAULT_MAX_STEPS,
): ClockAdvance {
  const frame = Number.isFinite(frameSeconds) && frameSeconds > 0 ? frameSeconds : 0;
  const carried = Number.isFinite(accumulator) && accumulator > 0 ? accumulator : 0;
  const total = carried + frame;
  const available = Math.floor(total / FIXED_DT + STEP_EPSILON);
  const steps = Math.max(0, Math.min(available, Math.floor(maxSteps)));
  const left = steps < available ? total - available * FIXED_DT : total - steps * FIXED_DT;
  const rest = Math.min(Math.max(0, left), FIXED_DT - STEP_EPSILON);
  return { steps, accumulator: rest, remainder: rest };
}

/** A stateful wrapper around `advanceClock` for a render loop. */
export interface FixedStepper {
  /** Feeds one frame's duration; returns how many steps to simulate now. */
  advance(frameSeconds: number): number;
  /** Forgets any carried time (e.g. after a pause). */
  reset(): void;
  /** Time carried to the next frame, for interpolation (`accumulator / FIXED_DT`). */
  readonly accumulator: number;
}

/** Creates a stepper holding its own accumulator. */
export function createFixedStepper(maxSteps: number = DEFAULT_MAX_STEPS): FixedStepper {
  let accumulator = 0;
  return {
    advance(frameSeconds: number): number {
      const advanced = advanceClock(accumulator, frameSeconds, maxSteps);
      accumulator = advanced.accumulator;
      return advanced.steps;
    },
    reset(): void {
      accumulator = 0;
    },
    get accumulator(): number {
      return accumulator;
    },
  };
}

/**
 * Runs `steps` steps; `intents` apply on the first one. Events are concatenated in order.
 * Stops early once the shift is over. With `steps <= 0` nothing happens and the intents are
 * not applied (the caller should keep them for the next frame).
 */
export function runSteps(
  level: Level,
  state: SimState,
  intents: readonly Intent[],
  steps: number,
): StepResult {
  let current = state;
  const events: SimEvent[] = [];
  for (let i = 0; i < steps; i += 1) {
    const result = step(level, current, i === 0 ? intents : []);
    current = result.state;
    for (const event of result.events) events.push(event);
    if (current.finished) break;
  }
  return { state: current, events };
}
