/**
 * Regulars and memory (recognise regulars, make it personal). A regular has a card the clerk
 * can open at the desk; it unlocks the answers that recall their history, which a stranger's
 * clerk could not give. And customers remember: one who left delighted in an earlier level
 * comes back in a better mood, one who was let down comes back wary. The memories are an input
 * of the simulation (`createSimulation(level, { memories })`), so replays stay deterministic.
 */
import { enterNode } from './dialogue.ts';
import { customerAt, indexOfVisit, setCustomer, type StepDraft } from './draft.ts';
import type { CustomerProfile } from './level.ts';
import { REJECT_REASONS, type RejectReason } from './reject-reasons.ts';
import type { Meters, RememberedOutcome } from './types.ts';

/** How a remembered visit shifts the starting meters (satisfaction, self-esteem). */
export const MEMORY_EFFECTS: Readonly<Record<RememberedOutcome, readonly [number, number]>> = {
  delighted: [8, 4],
  satisfied: [4, 2],
  neutral: [0, 0],
  upset: [-8, -4],
  'walked-out': [-12, -6],
};

/** The meters a customer starts with, after what they remember of the last visit. */
export function rememberedMeters(
  memories: Readonly<Record<string, RememberedOutcome>>,
  profile: Pick<CustomerProfile, 'name'>,
  meters: Meters,
): Meters {
  const memory = memories[profile.name];
  if (memory === undefined) return meters;
  const [satisfaction, selfEsteem] = MEMORY_EFFECTS[memory];
  return {
    satisfaction: meters.satisfaction + satisfaction,
    selfEsteem: meters.selfEsteem + selfEsteem,
    patience: meters.patience,
  };
}

/** The `open-card` intent: opens the card of the regular at the desk. */
export function openCard(draft: StepDraft): RejectReason | null {
  const index = draft.desk === null ? -1 : indexOfVisit(draft, draft.desk);
  if (index < 0) return REJECT_REASONS.noCard;
  const customer = customerAt(draft, index);
  const profile = draft.index.profiles.get(customer.profileId);
  if (!profile?.regular || customer.cardOpened) return REJECT_REASONS.noCard;
  setCustomer(draft, index, { ...customer, cardOpened: true });
  draft.events.push({ type: 'card_opened', time: draft.time, visitId: customer.visitId });
  // The answers the card makes possible join the ones on offer.
  if (customer.nodeId !== null) enterNode(draft, index, customer.nodeId);
  return null;
}
