import { expect, it } from 'vitest';
import {
  currentNode,
  customerByVisit,
  deskCustomer,
  dialogueOf,
  orderedChoices,
  profileOf,
  summary,
  waitingCustomers,
} from '../../../src/core/selectors.ts';
import {
  advance,
  advanceUntil,
  begin,
  choice,
  dialogue,
  makeLevel,
  node,
  profile,
} from './fixtures.ts';

function threeCustomers() {
  return makeLevel({
    customers: [
      profile('anna', { satisfaction: 90, selfEsteem: 90 }),
      profile('ben', { patience: 1 }),
      profile('cleo', { dialogue: 'four' }),
    ],
    dialogues: [
      dialogue('talk', [node('a', [choice('end', {}, null)])]),
      dialogue('four', [
        node(
          'q',
          ['w', 'x', 'y', 'z'].map((id) => choice(id, {}, null)),
        ),
      ]),
    ],
    arrivals: [
      { at: 0, customer: 'anna' },
      { at: 0, customer: 'ben' },
      { at: 0, customer: 'cleo' },
    ],
  });
}

it('finds customers by visit id and rejects unknown or forged ids', () => {
  const level = threeCustomers();
  const run = advance(level, begin(level));
  expect(customerByVisit(run.state, 'ben#1')?.profileId).toBe('ben');
  expect(customerByVisit(run.state, 'ben#0')).toBeUndefined();
  expect(customerByVisit(run.state, 'ben')).toBeUndefined();
  expect(customerByVisit(run.state, 'ben#x')).toBeUndefined();
  expect(customerByVisit(run.state, 'zed#9')).toBeUndefined();
});

it('looks up profiles and dialogues, throwing for unknown ids', () => {
  const level = threeCustomers();
  expect(profileOf(level, 'cleo').dialogue).toBe('four');
  expect(dialogueOf(level, 'four').start).toBe('q');
  expect(() => profileOf(level, 'nobody')).toThrow(/nobody/);
  expect(() => dialogueOf(level, 'nothing')).toThrow(/nothing/);
});

it('lists the queue and the desk', () => {
  const level = threeCustomers();
  let run = advance(level, begin(level));
  expect(waitingCustomers(run.state).map((customer) => customer.visitId)).toEqual([
    'anna#0',
    'ben#1',
    'cleo#2',
  ]);
  expect(deskCustomer(run.state)).toBeNull();
  expect(currentNode(level, run.state)).toBeNull();
  expect(orderedChoices(level, run.state)).toEqual([]);
  run = advance(level, run, [{ type: 'call-next' }]);
  expect(deskCustomer(run.state)?.visitId).toBe('anna#0');
  expect(currentNode(level, run.state)?.id).toBe('a');
  expect(waitingCustomers(run.state).map((customer) => customer.visitId)).toEqual([
    'ben#1',
    'cleo#2',
  ]);
});

it('orders the desk choices as choiceOrder says', () => {
  const level = threeCustomers();
  let run = advance(level, begin(level));
  run = advance(level, run, [
    { type: 'call-next' },
    { type: 'choose', choiceId: 'end' },
    { type: 'call-next' },
  ]);
  expect(deskCustomer(run.state)?.visitId).toBe('ben#1');
  run = advance(level, run, [{ type: 'choose', choiceId: 'end' }, { type: 'call-next' }]);
  const cleo = deskCustomer(run.state);
  expect(cleo?.visitId).toBe('cleo#2');
  const ids = orderedChoices(level, run.state).map((option) => option.id);
  expect(ids).toEqual(cleo?.choiceOrder);
  expect([...ids].sort()).toEqual(['w', 'x', 'y', 'z']);
});

it('summarises outcomes, walk-outs and score', () => {
  const level = threeCustomers();
  let run = advance(level, begin(level));
  run = advance(level, run, [{ type: 'call-next' }, { type: 'choose', choiceId: 'end' }]);
  let counts = summary(run.state);
  expect(counts).toMatchObject({ arrived: 3, waiting: 2, atDesk: 0, served: 1, walkedOut: 0 });
  run = advanceUntil(level, run, (state) => state.queue.length === 1);
  run = advance(level, run, [{ type: 'call-next' }, { type: 'choose', choiceId: 'x' }]);
  counts = summary(run.state);
  expect(counts).toEqual({
    arrived: 3,
    waiting: 0,
    atDesk: 0,
    served: 2,
    walkedOut: 1,
    // anna 90/90 delighted; cleo 50/50 neutral (ben walked out, counted only there).
    outcomes: { delighted: 1, satisfied: 0, neutral: 1, upset: 0 },
    score: 230 + 100 - 100,
  });
  expect(run.state.finished).toBe(true);
});
