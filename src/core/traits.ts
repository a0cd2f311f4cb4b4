/**
 * Customer traits that change how the desk plays: how fast a customer's patience runs out, and
 * which answers weigh more with them. One table, so a trainer can read the whole rule set here:
 * an answer that honours or breaks a principle the customer is sensitive to has its
 * satisfaction and self-esteem effects multiplied (good answers help more, bad ones hurt more).
 */
import type { Choice, Effects, Trait } from './level.ts';

/** How one trait plays. */
export interface TraitRule {
  /** Multiplier on the patience drain (waiting and at the desk). */
  readonly drain: number;
  /** Principles that weigh more with this customer. */
  readonly sensitiveTo: readonly string[];
}

/** How much more a sensitive answer weighs. */
export const SENSITIVE_WEIGHT = 1.5;

/** The traits' rules. */
export const TRAIT_RULES: Readonly<Record<Trait, TraitRule>> = {
  // The baseline customer.
  calm: { drain: 1, sensitiveTo: [] },
  // In a rush: waits badly, and speed (or a long queue) matters most.
  hurried: { drain: 1.5, sensitiveTo: ['timeliness', 'sin-big-queue', 'acknowledge-waiting'] },
  // Expects to be misled: honesty and owning up count double, any spin does too.
  distrustful: {
    drain: 1,
    sensitiveTo: ['honesty', 'admit-mistakes', 'sin-true-lies', 'reliability'],
  },
  // Struggles to say what they need: patience, short clear words and checking understanding.
  struggling: {
    drain: 1,
    sensitiveTo: ['patient-explaining', 'confirm-understanding', 'paraphrase', 'clarify-needs'],
  },
  // Here about our own mistake: admitting it and fixing it is the way out.
  complaint: {
    drain: 1.25,
    sensitiveTo: ['admit-mistakes', 'own-the-problem', 'sin-i-just-work-here', 'empathy'],
  },
  // Comes often: being recognised and treated personally matters.
  regular: { drain: 1, sensitiveTo: ['recognize-regulars', 'personalize'] },
  // Likes to chat: friendliness counts, and so does staying on goal.
  talkative: { drain: 1, sensitiveTo: ['approachable', 'difficult-attitude'] },
};

/** Product of the traits' drain multipliers. */
export function drainFactorOf(traits: readonly Trait[]): number {
  return traits.reduce((factor, trait) => factor * TRAIT_RULES[trait].drain, 1);
}

/** Whether `choice` touches a principle one of `traits` is sensitive to. */
export function isSensitive(
  traits: readonly Trait[],
  choice: Pick<Choice, 'honours' | 'breaks'>,
): boolean {
  const tags = [...choice.honours, ...choice.breaks];
  return traits.some((trait) => TRAIT_RULES[trait].sensitiveTo.some((id) => tags.includes(id)));
}

/**
 * Effects weighed for a customer with `traits`: multiplied by SENSITIVE_WEIGHT when the answer
 * touches a principle they are sensitive to, rounded to whole points. Patience is unchanged.
 */
export function weighedEffects(
  effects: Effects,
  traits: readonly Trait[],
  choice: Pick<Choice, 'honours' | 'breaks'>,
): Effects {
  if (!isSensitive(traits, choice)) return effects;
  return {
    satisfaction: weigh(effects.satisfaction),
    selfEsteem: weigh(effects.selfEsteem),
    patience: effects.patience,
  };
}

/** Whole points, halves rounded away from zero, so a bad answer hurts as much as a good one helps. */
function weigh(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value) * SENSITIVE_WEIGHT);
}
