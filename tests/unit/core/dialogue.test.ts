import { expect, it } from 'vitest';
import { customerByVisit } from '../../../src/core/selectors.ts';
import { createSimulation, step } from '../../../src/core/simulation.ts';
import {
  advance,
  begin,
  choice,
  defaultDialogue,
  dialogue,
  eventsOf,
  makeLevel,
  node,
  profile,
  type Run,
} from './fixtures.ts';

const ANNA = 'anna#0';

/** Anna arrived and standing at the desk on the `greet` node. */
function atDesk(level = makeLevel()) {
  const run = advance(level, begin(level));
  return advance(level, run, [{ type: 'call-next' }]);
}

it('starts the dialogue at its start node when called to the desk', () => {
  const level = makeLevel();
  const run = atDesk(level);
  expect(run.state.desk).toBe(ANNA);
  expect(run.state.queue).toEqual([]);
  expect(customerByVisit(run.state, ANNA)).toMatchObject({ phase: 'at-desk', nodeId: 'greet' });
  const types = run.events.map((event) => event.type);
  expect(types).toEqual(['customer_arrived', 'called_to_desk', 'node_entered']);
  expect(eventsOf(run.events, 'node_entered')[0]).toEqual({
    type: 'node_entered',
    time: run.state.time,
    visitId: ANNA,
    nodeId: 'greet',
  });
});

it('moves to the next node, announcing it, and reports the choice and meters', () => {
  const level = makeLevel();
  let run = atDesk(level);
  run = advance(level, run, [{ type: 'choose', choiceId: 'warm' }]);
  expect(customerByVisit(run.state, ANNA)?.nodeId).toBe('close');
  const made = eventsOf(run.events, 'choice_made');
  expect(made).toEqual([
    {
      type: 'choice_made',
      time: run.state.time,
      visitId: ANNA,
      nodeId: 'greet',
      choiceId: 'warm',
      honours: [],
      breaks: [],
    },
  ]);
  const change = eventsOf(run.events, 'meter_changed')[0];
  expect(change?.before.satisfaction).toBe(50);
  expect(change?.after.satisfaction).toBe(70);
  expect(change?.delta).toEqual({ satisfaction: 20, selfEsteem: 20, patience: 0 });
  expect(eventsOf(run.events, 'node_entered').map((event) => event.nodeId)).toEqual([
    'greet',
    'close',
  ]);
});

it('serves the customer when a choice ends the dialogue and frees the desk', () => {
  const level = makeLevel();
  let run = atDesk(level);
  run = advance(level, run, [
    { type: 'choose', choiceId: 'warm' },
    { type: 'choose', choiceId: 'thank' },
  ]);
  // 50 + 20 + 10 = 80 on both: delighted, 160 + 50 points.
  expect(customerByVisit(run.state, ANNA)).toMatchObject({
    phase: 'served',
    outcome: 'delighted',
    points: 210,
    nodeId: null,
    leftAt: run.state.time,
  });
  expect(run.state.desk).toBeNull();
  expect(run.state.score).toBe(210);
  expect(eventsOf(run.events, 'served')).toEqual([
    { type: 'served', time: run.state.time, visitId: ANNA, outcome: 'delighted', points: 210 },
  ]);
});

it('clamps meters at 0 and 100 and reports the applied change', () => {
  const level = makeLevel({
    customers: [profile('anna', { satisfaction: 95, selfEsteem: 5, patience: 98 })],
    dialogues: [
      dialogue('talk', [
        node('a', [choice('mixed', { satisfaction: 20, selfEsteem: -20, patience: 10 }, 'a')]),
      ]),
    ],
  });
  let run = atDesk(level);
  run = advance(level, run, [{ type: 'choose', choiceId: 'mixed' }]);
  const change = eventsOf(run.events, 'meter_changed')[0];
  expect(change?.after).toEqual({ satisfaction: 100, selfEsteem: 0, patience: 100 });
  expect(change?.delta.satisfaction).toBe(5);
  expect(change?.delta.selfEsteem).toBe(-5);
  expect(change?.delta.patience).toBeCloseTo(100 - (change?.before.patience ?? 0), 9);
  const meters = customerByVisit(run.state, ANNA)?.meters;
  expect(meters?.satisfaction).toBe(100);
  expect(meters?.selfEsteem).toBe(0);
});

it.each([
  [90, 90, 'delighted', 230],
  [80, 80, 'delighted', 210],
  [80, 79, 'satisfied', 179],
  [60, 60, 'satisfied', 140],
  [50, 50, 'neutral', 100],
  [40, 40, 'neutral', 80],
  [39, 40, 'upset', 59],
  [10, 0, 'upset', -10],
] as const)('serves sat %i / esteem %i as %s for %i points', (sat, esteem, outcome, points) => {
  const level = makeLevel({
    customers: [profile('anna', { satisfaction: sat, selfEsteem: esteem })],
    dialogues: [dialogue('talk', [node('a', [choice('end', {}, null)])])],
  });
  let run = atDesk(level);
  run = advance(level, run, [{ type: 'choose', choiceId: 'end' }]);
  expect(customerByVisit(run.state, ANNA)).toMatchObject({ outcome, points });
  expect(run.state.score).toBe(Math.max(0, points));
});

it('rejects invalid intents with a reason and changes nothing for them', () => {
  const level = makeLevel({
    customers: [profile('anna'), profile('ben')],
    arrivals: [
      { at: 0, customer: 'anna' },
      { at: 0, customer: 'ben' },
      { at: 60, customer: 'anna' },
    ],
  });
  const start = step(level, createSimulation(level), [
    { type: 'call-next' },
    { type: 'choose', choiceId: 'warm' },
    { type: 'acknowledge', visitId: 'anna#0' },
  ]);
  expect(start.events.filter((e) => e.type === 'intent_rejected').map((e) => e.reason)).toEqual([
    'queue-empty',
    'nobody-at-desk',
    'unknown-visit',
  ]);

  let run: Run = { state: start.state, events: [] };
  run = advance(level, run, [{ type: 'call-next' }]);
  const before = run.state;
  const rejected = step(level, before, [
    { type: 'call-next' },
    { type: 'choose', choiceId: 'thank' },
    { type: 'choose', choiceId: 'nonsense' },
    { type: 'acknowledge', visitId: ANNA },
    { type: 'acknowledge', visitId: 'anna#2' },
    { type: 'acknowledge', visitId: 'ben#0' },
  ]);
  expect(rejected.events.map((event) => event.type === 'intent_rejected' && event.reason)).toEqual([
    'desk-busy',
    'choice-not-offered',
    'choice-not-offered',
    'not-waiting',
    'unknown-visit',
    'unknown-visit',
  ]);
  expect(rejected.state.rng).toBe(before.rng);
  expect(rejected.state.desk).toBe(ANNA);
  expect(customerByVisit(rejected.state, ANNA)?.nodeId).toBe('greet');
  expect(rejected.state.queue).toEqual(['ben#1']);
});

it('applies several intents of one step in order', () => {
  const level = makeLevel({
    customers: [profile('anna'), profile('ben')],
    arrivals: [
      { at: 0, customer: 'anna' },
      { at: 0, customer: 'ben' },
    ],
  });
  let run = advance(level, begin(level));
  run = advance(level, run, [
    { type: 'acknowledge', visitId: 'ben#1' },
    { type: 'call-next' },
    { type: 'choose', choiceId: 'curt' },
    { type: 'call-next' },
  ]);
  expect(customerByVisit(run.state, ANNA)?.phase).toBe('served');
  expect(run.state.desk).toBe('ben#1');
  expect(customerByVisit(run.state, 'ben#1')?.acknowledgedAt).not.toBeNull();
  expect(eventsOf(run.events, 'intent_rejected')).toEqual([]);
});

it('shows every node choice exactly once, in a seeded order', () => {
  const four = dialogue('talk', [
    node(
      'a',
      ['w', 'x', 'y', 'z'].map((id) => choice(id, {}, null)),
    ),
  ]);
  const orderFor = (seed: number) => {
    const level = makeLevel({ seed, dialogues: [four] });
    return customerByVisit(atDesk(level).state, ANNA)?.choiceOrder ?? [];
  };
  const orders = new Set<string>();
  for (let seed = 1; seed <= 30; seed += 1) {
    const order = orderFor(seed);
    expect([...order].sort()).toEqual(['w', 'x', 'y', 'z']);
    expect(orderFor(seed)).toEqual(order);
    orders.add(order.join(''));
  }
  expect(orders.size).toBeGreaterThan(5);
});

it('reshuffles on every node entered, drawing from the RNG', () => {
  const level = makeLevel({ dialogues: [defaultDialogue()] });
  let run = atDesk(level);
  const rngAtGreet = run.state.rng;
  expect(rngAtGreet).not.toBe(createSimulation(level).rng);
  run = advance(level, run, [{ type: 'choose', choiceId: 'warm' }]);
  expect(run.state.rng).not.toBe(rngAtGreet);
  expect([...(customerByVisit(run.state, ANNA)?.choiceOrder ?? [])].sort()).toEqual([
    'rush',
    'thank',
  ]);
});
