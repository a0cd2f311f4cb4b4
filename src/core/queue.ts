/**
 * The waiting line: acknowledging waiting customers and calling the front one to the desk.
 * Both return a rejection reason instead of acting when the rules do not allow the move.
 */
import { enterNode } from './dialogue.ts';
import { customerAt, indexOfVisit, setCustomer, type StepDraft } from './draft.ts';
import { REJECT_REASONS, type RejectReason } from './reject-reasons.ts';
import { requireDialogue, requireProfile } from './level-index.ts';

/** Gives a waiting customer their (single) nod, which slows their patience drain. */
export function acknowledge(draft: StepDraft, visitId: string): RejectReason | null {
  const index = indexOfVisit(draft, visitId);
  if (index < 0) return REJECT_REASONS.unknownVisit;
  const customer = customerAt(draft, index);
  if (customer.phase !== 'waiting') return REJECT_REASONS.notWaiting;
  if (customer.acknowledgedAt !== null) return REJECT_REASONS.alreadyAcknowledged;
  setCustomer(draft, index, { ...customer, acknowledgedAt: draft.time });
  draft.events.push({ type: 'acknowledged', time: draft.time, visitId });
  return null;
}

/** Brings the front of the queue to a free desk and starts their dialogue. */
export function callNext(draft: StepDraft): RejectReason | null {
  if (draft.desk !== null) return REJECT_REASONS.deskBusy;
  const [visitId, ...rest] = draft.queue;
  if (visitId === undefined) return REJECT_REASONS.queueEmpty;
  const index = indexOfVisit(draft, visitId);
  const customer = customerAt(draft, index);
  const profile = requireProfile(draft.level, customer.profileId);
  const dialogue = requireDialogue(draft.level, profile.dialogue).dialogue;

  draft.queue = rest;
  draft.desk = visitId;
  setCustomer(draft, index, { ...customer, phase: 'at-desk' });
  draft.events.push({ type: 'called_to_desk', time: draft.time, visitId });
  enterNode(draft, index, dialogue.start);
  return null;
}
