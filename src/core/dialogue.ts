/**
 * The conversation at the desk: entering nodes (with a seeded choice order) and making choices.
 */
import { effectiveChoice } from './address.ts';
import { customerAt, setCustomer, type StepDraft } from './draft.ts';
import type { Effects } from './level.ts';
import { requireNode, requireProfile } from './level-index.ts';
import { shuffle } from './rng.ts';
import { clampMeter } from './scoring.ts';
import type { Meters } from './types.ts';
import { serve } from './departures.ts';
import { makePromise } from './promises.ts';

/** Adds effects to meters, clamping each meter to 0-100. */
export function applyEffects(meters: Meters, effects: Effects): Meters {
  return {
    satisfaction: clampMeter(meters.satisfaction + effects.satisfaction),
    selfEsteem: clampMeter(meters.selfEsteem + effects.selfEsteem),
    patience: clampMeter(meters.patience + effects.patience),
  };
}

/** Puts the customer at `index` on dialogue node `nodeId`, shuffling its choices with the RNG. */
export function enterNode(draft: StepDraft, index: number, nodeId: string): void {
  const customer = customerAt(draft, index);
  const profile = requireProfile(draft.level, customer.profileId);
  const node = requireNode(draft.level, profile.dialogue, nodeId);
  // Answers that recall a regular's history need their card open first.
  const offered = node.choices.filter((choice) => !choice.usesCard || customer.cardOpened);
  const order = shuffle(
    offered.map((choice) => choice.id),
    draft.rng,
  );
  draft.rng = order.state;
  setCustomer(draft, index, { ...customer, nodeId, choiceOrder: order.items });
  draft.events.push({ type: 'node_entered', time: draft.time, visitId: customer.visitId, nodeId });
}

/**
 * Applies choice `choiceId` of the desk customer's current node, then moves on or ends the service.
 * Returns false when the choice is not on offer (the caller reports the rejection).
 */
export function makeChoice(draft: StepDraft, index: number, choiceId: string): boolean {
  const customer = customerAt(draft, index);
  if (customer.nodeId === null || !customer.choiceOrder.includes(choiceId)) return false;
  const profile = requireProfile(draft.level, customer.profileId);
  const node = requireNode(draft.level, profile.dialogue, customer.nodeId);
  const choice = node.choices.find((candidate) => candidate.id === choiceId);
  if (!choice) return false;

  // The form of address and the customer's traits change what the answer does (address.ts).
  const effective = effectiveChoice(choice, profile, draft.level.rules);
  const before = customer.meters;
  const after = applyEffects(before, effective.effects);
  setCustomer(draft, index, { ...customer, meters: after });
  const base = { time: draft.time, visitId: customer.visitId };
  draft.events.push({
    ...base,
    type: 'choice_made',
    nodeId: node.id,
    choiceId,
    honours: effective.honours,
    breaks: effective.breaks,
  });
  draft.events.push({
    ...base,
    type: 'meter_changed',
    before,
    after,
    // The change actually applied, after clamping, so it always matches `after - before`.
    delta: {
      satisfaction: after.satisfaction - before.satisfaction,
      selfEsteem: after.selfEsteem - before.selfEsteem,
      patience: after.patience - before.patience,
    },
  });

  makePromise(draft, customer.visitId, choice);
  if (choice.next === null) serve(draft, index);
  else enterNode(draft, index, choice.next);
  return true;
}
