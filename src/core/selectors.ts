/**
 * Read-only questions about a simulation state, for the view, the stores and the debrief.
 */
import type { Choice, CustomerProfile, Dialogue, DialogueNode, Level } from './level.ts';
import { requireDialogue, requireNode, requireProfile } from './level-index.ts';
import type { CustomerState, Outcome, SimState } from './types.ts';
import { visitIndexOf } from './visit-id.ts';

/** The customer with this visit id, or `undefined` if nobody with that id has arrived. */
export function customerByVisit(state: SimState, visitId: string): CustomerState | undefined {
  return state.customers[visitIndexOf(state.customers, visitId)];
}

/** A customer profile by id. Throws for ids the level does not define (state never holds those). */
export function profileOf(level: Level, profileId: string): CustomerProfile {
  return requireProfile(level, profileId);
}

/** A dialogue by id. Throws for ids the level does not define. */
export function dialogueOf(level: Level, dialogueId: string): Dialogue {
  return requireDialogue(level, dialogueId).dialogue;
}

/** The customer at the desk, or `null`. */
export function deskCustomer(state: SimState): CustomerState | null {
  return state.desk === null ? null : (customerByVisit(state, state.desk) ?? null);
}

/** Customers waiting in the queue, front first. */
export function waitingCustomers(state: SimState): CustomerState[] {
  const waiting: CustomerState[] = [];
  for (const visitId of state.queue) {
    const customer = customerByVisit(state, visitId);
    if (customer) waiting.push(customer);
  }
  return waiting;
}

/** The dialogue node of the customer at the desk, or `null` when the desk is free. */
export function currentNode(level: Level, state: SimState): DialogueNode | null {
  const customer = deskCustomer(state);
  if (!customer || customer.nodeId === null) return null;
  return requireNode(level, profileOf(level, customer.profileId).dialogue, customer.nodeId);
}

/** The desk node's choices in the order shown to the player (`choiceOrder`); empty if none. */
export function orderedChoices(level: Level, state: SimState): Choice[] {
  const node = currentNode(level, state);
  const customer = deskCustomer(state);
  if (!node || !customer) return [];
  const byId = new Map(node.choices.map((choice) => [choice.id, choice] as const));
  const ordered: Choice[] = [];
  for (const id of customer.choiceOrder) {
    const choice = byId.get(id);
    if (choice) ordered.push(choice);
  }
  return ordered;
}

/** Counts for the end-of-shift summary. */
export interface ShiftSummary {
  /** Customers who have arrived so far. */
  readonly arrived: number;
  readonly waiting: number;
  readonly atDesk: number;
  /** Customers served to the end of their dialogue. */
  readonly served: number;
  readonly walkedOut: number;
  /** Served customers by outcome; walk-outs are counted in `walkedOut` only. */
  readonly outcomes: Readonly<Record<Outcome, number>>;
  readonly score: number;
}

/** Counts per outcome, walk-outs and the score. */
export function summary(state: SimState): ShiftSummary {
  const outcomes: Record<Outcome, number> = { delighted: 0, satisfied: 0, neutral: 0, upset: 0 };
  let waiting = 0;
  let atDesk = 0;
  let served = 0;
  let walkedOut = 0;
  for (const customer of state.customers) {
    if (customer.phase === 'waiting') waiting += 1;
    else if (customer.phase === 'at-desk') atDesk += 1;
    else if (customer.phase === 'walked-out') walkedOut += 1;
    else {
      served += 1;
      if (customer.outcome !== null) outcomes[customer.outcome] += 1;
    }
  }
  return {
    arrived: state.customers.length,
    waiting,
    atDesk,
    served,
    walkedOut,
    outcomes,
    score: state.score,
  };
}
