import { expect, it } from 'vitest';
import { registerJudged, REGISTER_PRINCIPLE } from '../../../src/core/address.ts';
import { bestServedPoints } from '../../../src/core/best-score.ts';
import { DEFAULT_RULES, type Choice } from '../../../src/core/level.ts';
import {
  advance,
  begin,
  eventsOf,
  choice,
  dialogue,
  makeLevel,
  node,
  profile,
} from './fixtures.ts';

const informalHi: Choice = {
  ...choice('hi', { satisfaction: 10, selfEsteem: 4 }, null),
  register: 'informal',
};
const formalHi: Choice = {
  ...choice('hello', { satisfaction: 10, selfEsteem: 4 }, null),
  register: 'formal',
};
const plainHi = choice('plain', { satisfaction: 10, selfEsteem: 4 }, null);

it('costs when a formal customer is answered informally, and names match-register', () => {
  const result = registerJudged(informalHi, 'formal', DEFAULT_RULES);
  expect(result.effects).toEqual({ satisfaction: 4, selfEsteem: -2, patience: 0 });
  expect(result.breaks).toEqual([REGISTER_PRINCIPLE]);
  expect(result.honours).toEqual([]);
});

it('earns a little for following an informal customer', () => {
  const result = registerJudged(informalHi, 'informal', DEFAULT_RULES);
  expect(result.effects).toEqual({ satisfaction: 12, selfEsteem: 6, patience: 0 });
  expect(result.honours).toEqual([REGISTER_PRINCIPLE]);
});

it('treats formal as the safe default, and unmarked answers as written', () => {
  for (const customer of ['formal', 'informal'] as const) {
    expect(registerJudged(formalHi, customer, DEFAULT_RULES).effects).toEqual(formalHi.effects);
    expect(registerJudged(plainHi, customer, DEFAULT_RULES)).toEqual({
      effects: plainHi.effects,
      honours: [],
      breaks: [],
    });
  }
});

it('never lists the principle twice or on both sides', () => {
  const tagged = { ...informalHi, honours: [REGISTER_PRINCIPLE], breaks: [REGISTER_PRINCIPLE] };
  const formal = registerJudged(tagged, 'formal', DEFAULT_RULES);
  expect(formal.breaks).toEqual([REGISTER_PRINCIPLE]);
  expect(formal.honours).toEqual([]);
  const informal = registerJudged(tagged, 'informal', DEFAULT_RULES);
  expect(informal.honours).toEqual([REGISTER_PRINCIPLE]);
  expect(informal.breaks).toEqual([]);
});

it('follows the level rules for the size of the penalty and bonus', () => {
  const rules = { ...DEFAULT_RULES, tooFamiliarPenalty: 20, followInformalBonus: 0 };
  expect(registerJudged(informalHi, 'formal', rules).effects.satisfaction).toBe(-10);
  expect(registerJudged(informalHi, 'informal', rules).effects.satisfaction).toBe(10);
});

function levelFor(address: 'formal' | 'informal') {
  return makeLevel({
    customers: [profile('anna', { address, dialogue: 'hi' })],
    dialogues: [dialogue('hi', [node('start', [informalHi, formalHi])])],
  });
}

it('applies the register in the simulation: meters, event principles and score', () => {
  const level = levelFor('formal');
  let run = advance(level, begin(level));
  run = advance(level, run, [{ type: 'call-next' }]);
  run = advance(level, run, [{ type: 'choose', choiceId: 'hi' }]);
  const [made] = eventsOf(run.events, 'choice_made');
  expect(made?.breaks).toEqual([REGISTER_PRINCIPLE]);
  const [changed] = eventsOf(run.events, 'meter_changed');
  expect(changed?.delta).toMatchObject({ satisfaction: 4, selfEsteem: -2 });
});

it('counts the register in the best achievable score', () => {
  // Formal customer: the formal answer is best; informal customer: the informal one is.
  const formalBest = bestServedPoints(levelFor('formal'), 'anna');
  const informalBest = bestServedPoints(levelFor('informal'), 'anna');
  expect(informalBest).toBeGreaterThan(formalBest ?? Infinity);
});
