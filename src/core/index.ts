/**
 * The simulation core's public API: pure, deterministic and free of engine, shell or page code.
 */
export * from './level.ts';
export * from './types.ts';
export * from './principles.ts';
export * from './scoring.ts';
export {
  nextInt,
  nextRandom,
  seedRng,
  shuffle,
  type RandomDraw,
  type ShuffleResult,
} from './rng.ts';
export { createSimulation, step, timeOfTick, STEPS_PER_SECOND } from './simulation.ts';
export { REJECT_REASONS, type RejectReason } from './reject-reasons.ts';
export { applyEffects } from './dialogue.ts';
export {
  advanceClock,
  createFixedStepper,
  runSteps,
  DEFAULT_MAX_STEPS,
  type ClockAdvance,
  type FixedStepper,
} from './fixed-step.ts';
export {
  currentNode,
  customerByVisit,
  deskCustomer,
  dialogueOf,
  orderedChoices,
  profileOf,
  summary,
  waitingCustomers,
  type ShiftSummary,
} from './selectors.ts';
export { bestAchievableScore, bestServedPoints } from './best-score.ts';
export {
  defaultTickLimit,
  replay,
  type InputLogEntry,
  type ReplayOptions,
  type ReplayResult,
} from './replay.ts';
export { sortedArrivals } from './level-index.ts';
export { visitIdFor } from './visit-id.ts';
