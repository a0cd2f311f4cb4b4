import { expect, it } from 'vitest';
import { starsFor } from '../../../src/core/scoring.ts';
import { createSimulation, step } from '../../../src/core/simulation.ts';
import {
  advance,
  advanceBy,
  advanceUntil,
  begin,
  eventsOf,
  makeLevel,
  profile,
} from './fixtures.ts';

it('creates an empty, seeded state at tick 0', () => {
  const level = makeLevel({ seed: 1234 });
  expect(createSimulation(level)).toEqual({
    levelId: 'test-level',
    tick: 0,
    time: 0,
    rng: 1234,
    nextArrival: 0,
    customers: [],
    queue: [],
    desk: null,
    score: 0,
    finished: false,
    backup: { usesLeft: 0, activeUntil: null, nextServeAt: null },
    nextDistraction: 0,
    activeDistractions: [],
    adjustment: 0,
    promises: [],
    preparation: { open: true, remaining: 0, done: [], ticks: 0 },
    memories: {},
  });
});

it('admits arrivals in time order, ties in schedule order, at the back of the queue', () => {
  const level = makeLevel({
    customers: [profile('anna'), profile('ben'), profile('cleo')],
    arrivals: [
      { at: 2, customer: 'cleo' },
      { at: 1, customer: 'anna' },
      { at: 1, customer: 'ben' },
    ],
  });
  let run = advanceBy(level, begin(level), 29);
  expect(run.state.customers).toEqual([]);
  run = advance(level, run);
  expect(run.state.tick).toBe(30);
  expect(run.state.queue).toEqual(['anna#0', 'ben#1']);
  run = advanceBy(level, run, 30);
  expect(run.state.queue).toEqual(['anna#0', 'ben#1', 'cleo#2']);
  expect(
    eventsOf(run.events, 'customer_arrived').map((event) => [event.visitId, event.time]),
  ).toEqual([
    ['anna#0', 1],
    ['ben#1', 1],
    ['cleo#2', 2],
  ]);
  expect(run.state.customers.map((customer) => customer.meters)).toEqual([
    { satisfaction: 50, selfEsteem: 50, patience: expect.any(Number) },
    { satisfaction: 50, selfEsteem: 50, patience: expect.any(Number) },
    { satisfaction: 50, selfEsteem: 50, patience: 100 - 1 / 30 },
  ]);
});

it('ends the shift once everyone has arrived and left, with score and stars', () => {
  const level = makeLevel({
    customers: [profile('anna', { satisfaction: 90, selfEsteem: 90 })],
    stars: [100, 200, 300],
  });
  let run = advance(level, begin(level));
  run = advance(level, run, [{ type: 'call-next' }]);
  run = advance(level, run, [{ type: 'choose', choiceId: 'warm' }]);
  expect(run.state.finished).toBe(false);
  run = advance(level, run, [{ type: 'choose', choiceId: 'thank' }]);
  expect(run.state.finished).toBe(true);
  // 100/100: 200 + 50 = 250 points, two stars.
  expect(eventsOf(run.events, 'shift_ended')).toEqual([
    { type: 'shift_ended', time: run.state.time, score: 250, stars: 2 },
  ]);
  expect(run.events.at(-1)?.type).toBe('shift_ended');
});

it('does not end the shift while arrivals are still scheduled', () => {
  const level = makeLevel({ arrivals: [{ at: 5, customer: 'anna' }] });
  const run = advanceBy(level, begin(level), 100);
  expect(run.state.finished).toBe(false);
  expect(run.state.customers).toEqual([]);
});

it('ends an empty shift on the first step', () => {
  const level = makeLevel({ arrivals: [], stars: [0, 10, 20] });
  const result = step(level, createSimulation(level), []);
  expect(result.state.finished).toBe(true);
  expect(result.events).toEqual([{ type: 'shift_ended', time: 1 / 30, score: 0, stars: 1 }]);
});

it('ends the shift when the last customer walks out', () => {
  const level = makeLevel({ customers: [profile('anna', { patience: 2, drainPerSecond: 1 })] });
  const run = advanceUntil(level, begin(level), (state) => state.finished);
  expect(run.state.tick).toBe(60);
  expect(eventsOf(run.events, 'shift_ended')).toEqual([
    { type: 'shift_ended', time: 2, score: 0, stars: 0 },
  ]);
});

it('freezes a finished simulation and rejects further intents', () => {
  const level = makeLevel({ arrivals: [] });
  const finished = step(level, createSimulation(level), []).state;
  const after = step(level, finished, [{ type: 'call-next' }]);
  expect(after.state).toBe(finished);
  expect(after.events).toEqual([
    {
      type: 'intent_rejected',
      time: finished.time,
      reason: 'shift-finished',
      intent: { type: 'call-next' },
    },
  ]);
  expect(step(level, finished, []).events).toEqual([]);
});

it('sums the points of every visit into the score and awards stars by threshold', () => {
  const level = makeLevel({
    customers: [
      profile('anna', { satisfaction: 90, selfEsteem: 90 }),
      profile('ben', { satisfaction: 20, selfEsteem: 20 }),
    ],
    arrivals: [
      { at: 0, customer: 'anna' },
      { at: 0, customer: 'ben' },
    ],
    stars: [150, 260, 400],
  });
  let run = advance(level, begin(level));
  run = advance(level, run, [
    { type: 'call-next' },
    { type: 'choose', choiceId: 'warm' },
    { type: 'choose', choiceId: 'thank' },
    { type: 'call-next' },
    { type: 'choose', choiceId: 'warm' },
    { type: 'choose', choiceId: 'rush' },
  ]);
  // anna 100/100 delighted: 250. ben 30/40 upset: 70 - 20 = 50.
  expect(run.state.customers.map((customer) => customer.points)).toEqual([250, 50]);
  expect(run.state.score).toBe(300);
  expect(run.state.finished).toBe(true);
  expect(eventsOf(run.events, 'shift_ended')[0]?.stars).toBe(2);
  expect(starsFor(300, [150, 260, 400])).toBe(2);
});
