/**
 * The simulation's entry points: the initial state of a level and one fixed step.
 * `step` is pure: the input state is never mutated, and untouched customers are shared.
 */
import { admitArrivals } from './arrivals.ts';
import { initialBackup, runBackup } from './backup.ts';
import { runDistractions, sortedDistractions } from './distractions.ts';
import { initialPreparation, tickPreparation } from './preparation.ts';
import { anyOpenPromise, breakOverduePromises } from './promises.ts';
import { createDraft, scoreOf, type StepDraft } from './draft.ts';
import { applyIntent } from './intents.ts';
import type { Level } from './level.ts';
import { sortedArrivals } from './level-index.ts';
import { applyTimePressure } from './patience.ts';
import { REJECT_REASONS } from './reject-reasons.ts';
import { seedRng } from './rng.ts';
import { starsFor } from './scoring.ts';
import {
  FIXED_DT,
  type Intent,
  type RememberedOutcome,
  type SimEvent,
  type SimState,
  type StepResult,
} from './types.ts';

/** Steps per simulated second (30). */
export const STEPS_PER_SECOND = Math.round(1 / FIXED_DT);

/**
 * Seconds since the shift began after `tick` steps. Dividing (rather than multiplying by the
 * inexact FIXED_DT) keeps whole seconds exact, so `at: 10` arrivals land on tick 300 exactly.
 */
export function timeOfTick(tick: number): number {
  return tick / STEPS_PER_SECOND;
}

/** Inputs of a simulation besides the level. */
export interface SimulationOptions {
  /** How customers (by name) left in earlier levels: they remember it when they come back. */
  readonly memories?: Readonly<Record<string, RememberedOutcome>>;
}

/** The state before the first step: nobody has arrived, the RNG is seeded from the level. */
export function createSimulation(level: Level, options: SimulationOptions = {}): SimState {
  // Sorting here warms the level's lookup cache and reports a broken schedule early.
  sortedArrivals(level);
  return {
    levelId: level.id,
    tick: 0,
    time: 0,
    rng: seedRng(level.shift.seed),
    nextArrival: 0,
    customers: [],
    queue: [],
    desk: null,
    score: 0,
    finished: false,
    backup: initialBackup(level),
    nextDistraction: 0,
    activeDistractions: [],
    adjustment: 0,
    promises: [],
    preparation: initialPreparation(level),
    memories: options.memories ?? {},
  };
}

/** A step before the desk opens: preparation intents, and the budget running down. */
function preparationStep(
  level: Level,
  state: SimState,
  intents: readonly Intent[],
  tick: number,
): StepResult {
  const draft = createDraft(level, state, 0);
  for (const intent of intents) applyIntent(draft, intent);
  tickPreparation(draft, FIXED_DT);
  return { state: { ...state, tick, preparation: draft.preparation }, events: draft.events };
}

function shiftIsOver(draft: StepDraft): boolean {
  return (
    draft.nextArrival >= sortedArrivals(draft.level).length &&
    // An urgent call still ringing can still be missed: the shift waits for it.
    draft.nextDistraction >= sortedDistractions(draft).length &&
    draft.activeDistractions.length === 0 &&
    !anyOpenPromise(draft) &&
    draft.queue.length === 0 &&
    draft.desk === null
  );
}

/**
 * Advances the simulation by exactly FIXED_DT. Order within a step: the intents (in order), then
 * arrivals whose time has come, the backup colleague's second desk, patience drain, the ignore penalty, walk-outs and finally the
 * end-of-shift check. Every event of the step carries the step's end time.
 * A finished simulation no longer advances: it returns the same state and rejects any intent.
 */
export function step(level: Level, state: SimState, intents: readonly Intent[]): StepResult {
  if (state.finished) {
    const events: SimEvent[] = intents.map((intent) => ({
      type: 'intent_rejected',
      time: state.time,
      reason: REJECT_REASONS.shiftFinished,
      intent,
    }));
    return { state, events };
  }

  const tick = state.tick + 1;
  if (!state.preparation.open) return preparationStep(level, state, intents, tick);
  // The shift's clock leaves out the steps spent preparing.
  const draft = createDraft(level, state, timeOfTick(tick - state.preparation.ticks));
  for (const intent of intents) applyIntent(draft, intent);
  admitArrivals(draft);
  runBackup(draft);
  runDistractions(draft);
  breakOverduePromises(draft);
  applyTimePressure(draft);

  const score = draft.pointsChanged ? scoreOf(draft.customers, draft.adjustment) : state.score;
  const finished = shiftIsOver(draft);
  if (finished) {
    draft.events.push({
      type: 'shift_ended',
      time: draft.time,
      score,
      stars: starsFor(score, level.scoring.stars),
    });
  }
  return {
    state: {
      levelId: state.levelId,
      tick,
      time: draft.time,
      rng: draft.rng,
      nextArrival: draft.nextArrival,
      customers: draft.customers,
      queue: draft.queue,
      desk: draft.desk,
      score,
      finished,
      backup: draft.backup,
      nextDistraction: draft.nextDistraction,
      activeDistractions: draft.activeDistractions,
      adjustment: draft.adjustment,
      promises: draft.promises,
      preparation: draft.preparation,
      memories: state.memories,
    },
    events: draft.events,
  };
}
