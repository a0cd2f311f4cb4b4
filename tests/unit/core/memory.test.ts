import { expect, it } from 'vitest';
import type { Choice, Level } from '../../../src/core/level.ts';
import { MEMORY_EFFECTS } from '../../../src/core/memory.ts';
import { REJECT_REASONS } from '../../../src/core/reject-reasons.ts';
import { customerByVisit } from '../../../src/core/selectors.ts';
import { createSimulation, step } from '../../../src/core/simulation.ts';
import {
  advance,
  choice,
  dialogue,
  eventsOf,
  makeLevel,
  node,
  profile,
  type Run,
} from './fixtures.ts';

const welcomeBack: Choice = {
  ...choice('welcome-back', { satisfaction: 15, selfEsteem: 15 }, null),
  usesCard: true,
  honours: ['recognize-regulars'],
};

function regularLevel(regular = true): Level {
  return makeLevel({
    customers: [
      profile('anna', {
        name: 'Anna Berg',
        dialogue: 'd',
        ...(regular ? { regular: { history: { en: 'Bought a kettle last week.' } } } : {}),
      }),
    ],
    dialogues: [dialogue('d', [node('start', [welcomeBack, choice('hello', {}, null)])])],
  });
}

function atDesk(level: Level, memories = {}) {
  let run: Run = { state: createSimulation(level, { memories }), events: [] };
  run = advance(level, run);
  return advance(level, run, [{ type: 'call-next' }]);
}

it('offers the answers that recall the history only once the card is open', () => {
  const level = regularLevel();
  let run = atDesk(level);
  expect(customerByVisit(run.state, 'anna#0')?.choiceOrder).toEqual(['hello']);
  run = advance(level, run, [{ type: 'open-card' }]);
  expect(eventsOf(run.events, 'card_opened')).toHaveLength(1);
  expect([...(customerByVisit(run.state, 'anna#0')?.choiceOrder ?? [])].sort()).toEqual([
    'hello',
    'welcome-back',
  ]);
  run = advance(level, run, [{ type: 'open-card' }]);
  expect(eventsOf(run.events, 'intent_rejected').at(-1)?.reason).toBe(REJECT_REASONS.noCard);
});

it('has no card for a customer who is not a regular, or with nobody at the desk', () => {
  const level = regularLevel(false);
  const run = advance(level, atDesk(level), [{ type: 'open-card' }]);
  expect(eventsOf(run.events, 'intent_rejected').at(-1)?.reason).toBe(REJECT_REASONS.noCard);
  const empty = step(level, createSimulation(level), [{ type: 'open-card' }]);
  expect(eventsOf(empty.events, 'intent_rejected')[0]?.reason).toBe(REJECT_REASONS.noCard);
});

it('customers remember how they left last time, by name', () => {
  const level = regularLevel();
  const fresh = customerByVisit(atDesk(level).state, 'anna#0')?.meters;
  const pleased = customerByVisit(atDesk(level, { 'Anna Berg': 'delighted' }).state, 'anna#0');
  const wary = customerByVisit(atDesk(level, { 'Anna Berg': 'walked-out' }).state, 'anna#0');
  expect((pleased?.meters.satisfaction ?? 0) - (fresh?.satisfaction ?? 0)).toBe(
    MEMORY_EFFECTS.delighted[0],
  );
  expect((wary?.meters.satisfaction ?? 0) - (fresh?.satisfaction ?? 0)).toBe(
    MEMORY_EFFECTS['walked-out'][0],
  );
  const stranger = customerByVisit(atDesk(level, { 'Someone Else': 'upset' }).state, 'anna#0');
  expect(stranger?.meters).toEqual(fresh);
});
