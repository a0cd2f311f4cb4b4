import { expect, it } from 'vitest';
import { effectiveChoice } from '../../../src/core/address.ts';
import { bestServedPoints } from '../../../src/core/best-score.ts';
import { customerByVisit } from '../../../src/core/selectors.ts';
import { DEFAULT_RULES, TRAITS, type Choice } from '../../../src/core/level.ts';
import {
  drainFactorOf,
  SENSITIVE_WEIGHT,
  TRAIT_RULES,
  weighedEffects,
} from '../../../src/core/traits.ts';
import { advanceBy, begin, choice, dialogue, makeLevel, node, profile } from './fixtures.ts';

const honest: Choice = {
  ...choice('honest', { satisfaction: 10, selfEsteem: 6, patience: 4 }, null),
  honours: ['honesty'],
};
const spin: Choice = {
  ...choice('spin', { satisfaction: -10, selfEsteem: -5 }, null),
  breaks: ['sin-true-lies'],
};
const neutral = choice('neutral', { satisfaction: 10, selfEsteem: 6 }, null);

it('weighs answers on principles the customer is sensitive to, both ways, patience aside', () => {
  expect(weighedEffects(honest.effects, ['distrustful'], honest)).toEqual({
    satisfaction: 15,
    selfEsteem: 9,
    patience: 4,
  });
  expect(weighedEffects(spin.effects, ['distrustful'], spin)).toEqual({
    satisfaction: -15,
    selfEsteem: -8,
    patience: 0,
  });
  expect(weighedEffects(neutral.effects, ['distrustful'], neutral)).toEqual(neutral.effects);
  expect(weighedEffects(honest.effects, ['calm'], honest)).toEqual(honest.effects);
});

it('weighs once, however many traits agree', () => {
  const both = { ...honest, honours: ['honesty', 'admit-mistakes'] };
  expect(weighedEffects(both.effects, ['distrustful', 'complaint'], both).satisfaction).toBe(
    10 * SENSITIVE_WEIGHT,
  );
});

it('gives every trait a rule, with sensitivities that are real principles', async () => {
  const { isPrincipleId } = await import('../../../src/core/principles.ts');
  for (const trait of TRAITS) {
    expect(TRAIT_RULES[trait].drain).toBeGreaterThan(0);
    for (const id of TRAIT_RULES[trait].sensitiveTo) expect(isPrincipleId(id), id).toBe(true);
  }
});

it('makes a hurried customer lose patience faster than a calm one', () => {
  expect(drainFactorOf(['hurried'])).toBeGreaterThan(drainFactorOf(['calm']));
  const level = makeLevel({
    customers: [profile('anna', { traits: ['calm'] }), profile('ben', { traits: ['hurried'] })],
    arrivals: [
      { at: 0, customer: 'anna' },
      { at: 0, customer: 'ben' },
    ],
  });
  const run = advanceBy(level, begin(level), 300);
  const calm = customerByVisit(run.state, 'anna#0')?.meters.patience ?? 0;
  const hurried = customerByVisit(run.state, 'ben#1')?.meters.patience ?? 0;
  expect(100 - hurried).toBeCloseTo((100 - calm) * TRAIT_RULES.hurried.drain, 5);
});

it('applies the weight in the simulation and in the best achievable score', () => {
  const level = (traits: ('calm' | 'distrustful')[]) =>
    makeLevel({
      customers: [profile('anna', { traits, dialogue: 'd' })],
      dialogues: [dialogue('d', [node('start', [honest, spin])])],
    });
  const calmBest = bestServedPoints(level(['calm']), 'anna') ?? 0;
  const distrustfulBest = bestServedPoints(level(['distrustful']), 'anna') ?? 0;
  expect(distrustfulBest).toBeGreaterThan(calmBest);
  const profileOf = { address: 'formal' as const, traits: ['distrustful' as const] };
  expect(effectiveChoice(honest, profileOf, DEFAULT_RULES).effects.satisfaction).toBe(15);
});
