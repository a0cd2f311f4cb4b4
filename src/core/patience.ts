/**
 * Time pressure: patience drains while waiting (slower once acknowledged) and at the desk,
 * unacknowledged customers feel ignored after the grace time, and empty patience means a walk-out.
 * This runs for every waiting customer on every step, so it is one pass with no lookups by name.
 */
import { TIME_EPSILON } from './arrivals.ts';
import { walkOut } from './departures.ts';
import { customerAt, indexOfVisit, profileAt, setCustomer, type StepDraft } from './draft.ts';
import { clampMeter } from './scoring.ts';
import { FIXED_DT, type CustomerState, type Meters } from './types.ts';
import type { CustomerProfile } from './level.ts';
import { preparedDrainFactor } from './preparation.ts';
import { drainFactorOf } from './traits.ts';

/** Patience below this counts as empty, so float residue never buys an extra step. */
const EMPTY_PATIENCE = 1e-9;

/** Patience after one step of draining at `perSecond`. */
function drained(patience: number, perSecond: number): number {
  const left = patience - perSecond * FIXED_DT;
  if (left > 100) return 100;
  return left < EMPTY_PATIENCE ? 0 : left;
}

/**
 * A copy of `customer` with new meters. Spelled out field by field because this runs for every
 * waiting customer on every step, and a literal with a fixed shape is cheaper than a spread.
 */
function withMeters(customer: CustomerState, meters: Meters, feltIgnored: boolean): CustomerState {
  return {
    visitId: customer.visitId,
    profileId: customer.profileId,
    phase: customer.phase,
    meters,
    arrivedAt: customer.arrivedAt,
    acknowledgedAt: customer.acknowledgedAt,
    feltIgnored,
    cardOpened: customer.cardOpened,
    nodeId: customer.nodeId,
    choiceOrder: customer.choiceOrder,
    outcome: customer.outcome,
    points: customer.points,
    leftAt: customer.leftAt,
  };
}

/**
 * The profile's drain rate, with its traits' multipliers (a hurried customer waits badly) and
 * the preparation's (a ready desk serves faster).
 */
function drainOf(
  draft: StepDraft,
  profile: Pick<CustomerProfile, 'drainPerSecond' | 'traits'>,
): number {
  const prepared = preparedDrainFactor(draft.level, draft.preparation.done);
  return profile.drainPerSecond * drainFactorOf(profile.traits) * prepared;
}

/** Updates one waiting customer; returns true when their patience is gone. */
function tickWaiting(draft: StepDraft, index: number): boolean {
  const rules = draft.level.rules;
  const customer = customerAt(draft, index);
  const drainPerSecond = drainOf(draft, profileAt(draft, index));
  const acknowledged = customer.acknowledgedAt !== null;
  const perSecond = acknowledged ? drainPerSecond * rules.acknowledgedDrainFactor : drainPerSecond;
  const patience = drained(customer.meters.patience, perSecond);
  const ignored =
    !acknowledged &&
    !customer.feltIgnored &&
    draft.time - customer.arrivedAt + TIME_EPSILON >= rules.ignoredAfterSeconds;

  if (ignored) {
    const satisfaction = clampMeter(
      customer.meters.satisfaction - rules.ignoredSatisfactionPenalty,
    );
    const meters = { satisfaction, selfEsteem: customer.meters.selfEsteem, patience };
    setCustomer(draft, index, withMeters(customer, meters, true));
    draft.events.push({ type: 'felt_ignored', time: draft.time, visitId: customer.visitId });
  } else if (patience !== customer.meters.patience) {
    const meters = {
      satisfaction: customer.meters.satisfaction,
      selfEsteem: customer.meters.selfEsteem,
      patience,
    };
    setCustomer(draft, index, withMeters(customer, meters, customer.feltIgnored));
  }
  return patience <= 0;
}

/** Updates the customer at the desk; returns true when their patience is gone. */
function tickAtDesk(draft: StepDraft, index: number): boolean {
  const customer: CustomerState = customerAt(draft, index);
  const drainPerSecond = drainOf(draft, profileAt(draft, index));
  const patience = drained(
    customer.meters.patience,
    drainPerSecond * draft.level.rules.serviceDrainFactor,
  );
  if (patience !== customer.meters.patience) {
    const meters = { ...customer.meters, patience };
    setCustomer(draft, index, withMeters(customer, meters, customer.feltIgnored));
  }
  return patience <= 0;
}

/**
 * One step of time pressure for everyone present: drain, then the ignore penalty, then
 * walk-outs (queue order first, the desk last), so all `felt_ignored` events precede walk-outs.
 */
export function applyTimePressure(draft: StepDraft): void {
  let leaving: number[] | null = null;
  for (const visitId of draft.queue) {
    const index = indexOfVisit(draft, visitId);
    if (tickWaiting(draft, index)) (leaving ??= []).push(index);
  }
  if (draft.desk !== null) {
    const index = indexOfVisit(draft, draft.desk);
    if (tickAtDesk(draft, index)) (leaving ??= []).push(index);
  }
  if (leaving) for (const index of leaving) walkOut(draft, index);
}
