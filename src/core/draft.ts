/**
 * The scratchpad one `step` works on. It starts from the previous state and copies arrays only
 * when they first change (copy-on-write), so the input state is never mutated and customers
 * nobody touched stay the very same objects in the next state.
 */
import type { CustomerProfile, Level } from './level.ts';
import { indexLevel, type LevelIndex } from './level-index.ts';
import type {
  BackupState,
  CustomerState,
  Intent,
  PreparationState,
  PromiseState,
  SimEvent,
  SimState,
} from './types.ts';

/** Mutable working copy of the parts of the state a step may change. */
export interface StepDraft {
  readonly level: Level;
  /** The level's cached lookup tables. */
  readonly index: LevelIndex;
  /** The time every event of this step is stamped with: the end of the step. */
  readonly time: number;
  customers: readonly CustomerState[];
  /** True once `customers` is this step's own array and may be written to. */
  ownsCustomers: boolean;
  queue: readonly string[];
  desk: string | null;
  rng: number;
  nextArrival: number;
  /** Set when a visit's points changed, so the score is summed again. */
  pointsChanged: boolean;
  backup: BackupState;
  nextDistraction: number;
  activeDistractions: readonly string[];
  adjustment: number;
  promises: readonly PromiseState[];
  preparation: PreparationState;
  readonly memories: SimState['memories'];
  readonly events: SimEvent[];
}

/** A draft that continues from `state` at `time`. */
export function createDraft(level: Level, state: SimState, time: number): StepDraft {
  return {
    level,
    index: indexLevel(level),
    time,
    customers: state.customers,
    ownsCustomers: false,
    queue: state.queue,
    desk: state.desk,
    rng: state.rng,
    nextArrival: state.nextArrival,
    pointsChanged: false,
    backup: state.backup,
    nextDistraction: state.nextDistraction,
    activeDistractions: state.activeDistractions,
    adjustment: state.adjustment,
    promises: state.promises,
    preparation: state.preparation,
    memories: state.memories,
    events: [],
  };
}

/** The position of an arrived visit in `customers`, or -1 for ids of nobody who has arrived. */
export function indexOfVisit(draft: StepDraft, visitId: string): number {
  const position = draft.index.visitIndex.get(visitId);
  return position !== undefined && position < draft.customers.length ? position : -1;
}

/** The profile of the customer at `index` (their arrival's profile). */
export function profileAt(draft: StepDraft, index: number): CustomerProfile {
  const profile = draft.index.arrivalProfiles[index];
  if (!profile) throw new Error(`Arrival ${index} of level "${draft.level.id}" has no profile.`);
  return profile;
}

/** The customer at `index`; the caller guarantees the index exists. */
export function customerAt(draft: StepDraft, index: number): CustomerState {
  const customer = draft.customers[index];
  if (!customer) throw new Error(`No customer at index ${index}.`);
  return customer;
}

function writableCustomers(draft: StepDraft): CustomerState[] {
  if (!draft.ownsCustomers) {
    draft.customers = draft.customers.slice();
    draft.ownsCustomers = true;
  }
  // Safe: the array was created by this step and is not yet visible to anyone else.
  return draft.customers as CustomerState[];
}

/** Replaces the customer at `index` (an index of an existing customer). */
export function setCustomer(draft: StepDraft, index: number, customer: CustomerState): void {
  writableCustomers(draft)[index] = customer;
}

/** Appends a newly arrived customer. */
export function addCustomer(draft: StepDraft, customer: CustomerState): void {
  writableCustomers(draft).push(customer);
}

/** Records that an intent could not be applied. */
export function reject(draft: StepDraft, intent: Intent, reason: string): void {
  draft.events.push({ type: 'intent_rejected', time: draft.time, reason, intent });
}

/** Score from the visits' points plus any adjustment: never below zero. */
export function scoreOf(customers: readonly CustomerState[], adjustment = 0): number {
  let total = adjustment;
  for (const customer of customers) total += customer.points;
  return Math.max(0, total);
}
