/**
 * Form of address: a customer speaks formally (LT Jūs, ET teie, PL Pan/Pani, formal English) or
 * informally (tu, sina, ty, casual English), and an answer may be marked formal or informal.
 * Answering a formal customer informally is too familiar and costs; formal is the safe default,
 * so answering an informal customer formally costs nothing; following a customer who started
 * informally earns a little. Either way the answer then counts for or against `match-register`.
 */
import type { AddressForm, Choice, CustomerProfile, Effects, Rules } from './level.ts';
import { weighedEffects } from './traits.ts';

/** The principle the register honours or breaks. */
export const REGISTER_PRINCIPLE = 'match-register';

/** What an answer really does to one customer, once the form of address is taken into account. */
export interface EffectiveChoice {
  readonly effects: Effects;
  readonly honours: readonly string[];
  readonly breaks: readonly string[];
}

function withPrinciple(list: readonly string[]): readonly string[] {
  return list.includes(REGISTER_PRINCIPLE) ? list : [...list, REGISTER_PRINCIPLE];
}

function shifted(effects: Effects, by: number): Effects {
  return {
    satisfaction: effects.satisfaction + by,
    selfEsteem: effects.selfEsteem + by,
    patience: effects.patience,
  };
}

/**
 * What an answer does to this customer: the form of address first (below), then the weight
 * of their traits (`src/core/traits.ts`) on the result.
 */
export function effectiveChoice(
  choice: Choice,
  customer: Pick<CustomerProfile, 'address' | 'traits'>,
  rules: Rules,
): EffectiveChoice {
  const addressed = registerJudged(choice, customer.address, rules);
  return { ...addressed, effects: weighedEffects(addressed.effects, customer.traits, addressed) };
}

/**
 * The answer's effects and principles for a customer who speaks `customer`. An answer without a
 * register (`register` absent) is neutral: it is taken as written.
 */
export function registerJudged(
  choice: Choice,
  customer: AddressForm,
  rules: Rules,
): EffectiveChoice {
  const { effects, honours, breaks } = choice;
  const register = choice.register;
  if (register === undefined) return { effects, honours, breaks };
  if (customer === 'formal' && register === 'informal') {
    return {
      effects: shifted(effects, -rules.tooFamiliarPenalty),
      honours: honours.filter((id) => id !== REGISTER_PRINCIPLE),
      breaks: withPrinciple(breaks),
    };
  }
  if (customer === 'informal' && register === 'informal') {
    return {
      effects: shifted(effects, rules.followInformalBonus),
      honours: withPrinciple(honours),
      breaks: breaks.filter((id) => id !== REGISTER_PRINCIPLE),
    };
  }
  // Formal to anyone: the safe default, neither rewarded nor punished.
  return { effects, honours, breaks };
}
