/**
 * Customers arriving on schedule: each joins the back of the queue with their profile's meters.
 */
import { addCustomer, type StepDraft } from './draft.ts';
import { requireProfile, sortedArrivals } from './level-index.ts';
import { clampMeter } from './scoring.ts';
import type { CustomerProfile } from './level.ts';
import { rememberedMeters } from './memory.ts';
import { preparedMeters } from './preparation.ts';
import type { CustomerState, Meters } from './types.ts';
import { visitIdFor } from './visit-id.ts';

/** Slack for comparing times built from a tick count against times written in a level file. */
export const TIME_EPSILON = 1e-9;

/** A customer's meters on arrival: their profile's, plus the preparation and their memories. */
function startingMeters(draft: StepDraft, profile: CustomerProfile): Meters {
  const meters = rememberedMeters(
    draft.memories,
    profile,
    preparedMeters(draft.level, draft.preparation.done, {
      satisfaction: profile.satisfaction,
      selfEsteem: profile.selfEsteem,
      patience: profile.patience,
    }),
  );
  return {
    satisfaction: clampMeter(meters.satisfaction),
    selfEsteem: clampMeter(meters.selfEsteem),
    patience: clampMeter(meters.patience),
  };
}

/** Admits every scheduled arrival whose time has come, in schedule order. */
export function admitArrivals(draft: StepDraft): void {
  const arrivals = sortedArrivals(draft.level);
  let next = draft.nextArrival;
  let arrival = arrivals[next];
  if (!arrival || arrival.at > draft.time + TIME_EPSILON) return;
  const joined: string[] = [];
  while (arrival && arrival.at <= draft.time + TIME_EPSILON) {
    const profile = requireProfile(draft.level, arrival.customer);
    const visitId = visitIdFor(profile.id, next);
    const customer: CustomerState = {
      visitId,
      profileId: profile.id,
      phase: 'waiting',
      meters: startingMeters(draft, profile),
      arrivedAt: draft.time,
      acknowledgedAt: null,
      feltIgnored: false,
      cardOpened: false,
      nodeId: null,
      choiceOrder: [],
      outcome: null,
      points: 0,
      leftAt: null,
    };
    addCustomer(draft, customer);
    joined.push(visitId);
    draft.events.push({ type: 'customer_arrived', time: draft.time, visitId });
    next += 1;
    arrival = arrivals[next];
  }
  draft.nextArrival = next;
  draft.queue = [...draft.queue, ...joined];
}
