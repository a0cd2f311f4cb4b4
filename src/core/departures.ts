/**
 * The two ways a visit ends: served to the end of the dialogue, or walked out.
 * Both settle the visit's points and free its place in the queue or at the desk.
 */
import { customerAt, setCustomer, type StepDraft } from './draft.ts';
import { outcomeOf, servedPoints } from './scoring.ts';

function leave(draft: StepDraft, visitId: string): void {
  if (draft.desk === visitId) draft.desk = null;
  else draft.queue = draft.queue.filter((id) => id !== visitId);
}

/**
 * Ends the visit at `index` as served: outcome and points from its meters. `by` marks a
 * customer the backup colleague served at the second desk.
 */
export function serve(draft: StepDraft, index: number, by?: 'colleague'): void {
  const customer = customerAt(draft, index);
  const outcome = outcomeOf(customer.meters);
  const points = servedPoints(customer.meters);
  setCustomer(draft, index, {
    ...customer,
    phase: 'served',
    nodeId: null,
    choiceOrder: [],
    outcome,
    points,
    leftAt: draft.time,
  });
  leave(draft, customer.visitId);
  draft.pointsChanged = true;
  draft.events.push({
    type: 'served',
    time: draft.time,
    visitId: customer.visitId,
    outcome,
    points,
    ...(by === undefined ? {} : { by }),
  });
}

/** Ends the visit at `index` as a walk-out: always upset, minus the walk-out penalty. */
export function walkOut(draft: StepDraft, index: number): void {
  const customer = customerAt(draft, index);
  setCustomer(draft, index, {
    ...customer,
    phase: 'walked-out',
    nodeId: null,
    choiceOrder: [],
    outcome: 'upset',
    points: -draft.level.rules.walkOutPenalty,
    leftAt: draft.time,
  });
  leave(draft, customer.visitId);
  draft.pointsChanged = true;
  draft.events.push({ type: 'walked_out', time: draft.time, visitId: customer.visitId });
}
