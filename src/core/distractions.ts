/**
 * Distractions (priorities askew): the phone rings, a colleague wants a chat, paperwork piles
 * up, while customers wait. Most should wait too: attending to one while anyone is in the queue
 * costs every waiting customer satisfaction, and letting it pass is right. An urgent one (the
 * level says which) must be attended to before it goes away, or the score pays for it.
 */
import type { StepDraft } from './draft.ts';
import type { Distraction } from './level.ts';
import { clampMeter } from './scoring.ts';
import { REJECT_REASONS, type RejectReason } from './reject-reasons.ts';
import { customerAt, setCustomer } from './draft.ts';

/** The principle distractions teach. */
export const PRIORITIES_PRINCIPLE = 'sin-priorities-askew';

/** The level's distractions in time order (schedule order for ties). */
export function sortedDistractions(draft: Pick<StepDraft, 'level'>): readonly Distraction[] {
  return [...(draft.level.distractions ?? [])].sort((a, b) => a.at - b.at);
}

function byId(draft: StepDraft, id: string): Distraction | undefined {
  return draft.level.distractions?.find((d) => d.id === id);
}

function resolve(
  draft: StepDraft,
  distraction: Distraction,
  how: 'attended' | 'ignored' | 'missed',
  honours: readonly string[],
  breaks: readonly string[],
): void {
  draft.activeDistractions = draft.activeDistractions.filter((id) => id !== distraction.id);
  draft.events.push({
    type: 'distraction_resolved',
    time: draft.time,
    distractionId: distraction.id,
    how,
    honours,
    breaks,
  });
}

/** The `attend` intent: the clerk turns to the distraction. */
export function attend(draft: StepDraft, distractionId: string): RejectReason | null {
  const distraction = byId(draft, distractionId);
  if (!distraction || !draft.activeDistractions.includes(distractionId)) {
    return REJECT_REASONS.noSuchDistraction;
  }
  if (distraction.urgent) {
    resolve(draft, distraction, 'attended', ['reliability'], []);
    return null;
  }
  const penalty = draft.level.rules.distractionPenalty;
  let anyoneWaiting = false;
  for (const visitId of draft.queue) {
    const index = draft.customers.findIndex((c) => c.visitId === visitId);
    if (index < 0) continue;
    anyoneWaiting = true;
    const customer = customerAt(draft, index);
    const satisfaction = clampMeter(customer.meters.satisfaction - penalty);
    setCustomer(draft, index, { ...customer, meters: { ...customer.meters, satisfaction } });
  }
  // With nobody waiting the errand does no harm: the quiet moment is the time for it.
  resolve(draft, distraction, 'attended', [], anyoneWaiting ? [PRIORITIES_PRINCIPLE] : []);
  return null;
}

/** One step: start the distractions whose time has come, end those that have lasted. */
export function runDistractions(draft: StepDraft): void {
  const schedule = sortedDistractions(draft);
  while (draft.nextDistraction < schedule.length) {
    const next = schedule[draft.nextDistraction];
    if (!next || next.at > draft.time + 1e-9) break;
    draft.nextDistraction += 1;
    draft.activeDistractions = [...draft.activeDistractions, next.id];
    draft.events.push({ type: 'distraction_started', time: draft.time, distractionId: next.id });
  }
  for (const id of draft.activeDistractions) {
    const distraction = byId(draft, id);
    if (!distraction || draft.time + 1e-9 < distraction.at + distraction.lastsSeconds) continue;
    if (distraction.urgent) {
      draft.adjustment -= draft.level.rules.missedUrgentPenalty;
      draft.pointsChanged = true;
      resolve(draft, distraction, 'missed', [], [PRIORITIES_PRINCIPLE]);
    } else {
      resolve(draft, distraction, 'ignored', [], []);
    }
  }
}
