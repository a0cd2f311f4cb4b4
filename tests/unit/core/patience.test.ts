import { expect, it } from 'vitest';
import { customerByVisit } from '../../../src/core/selectors.ts';
import { STEPS_PER_SECOND } from '../../../src/core/simulation.ts';
import {
  advance,
  advanceBy,
  advanceUntil,
  begin,
  choice,
  dialogue,
  eventsOf,
  makeLevel,
  node,
  profile,
} from './fixtures.ts';

const ANNA = 'anna#0';

function hastyLevel(rules = {}) {
  return makeLevel({ customers: [profile('anna', { patience: 30, drainPerSecond: 3 })], rules });
}

function patienceOf(run: { state: Parameters<typeof customerByVisit>[0] }): number {
  return customerByVisit(run.state, ANNA)?.meters.patience ?? Number.NaN;
}

it('walks a waiting customer out when patience runs out (30 at 3/s: tick 300), not before', () => {
  const level = hastyLevel();
  const run = advanceUntil(level, begin(level), (_, events) =>
    events.some((event) => event.type === 'walked_out'),
  );
  const tick = run.state.tick;
  expect(tick).toBeGreaterThanOrEqual(300);
  expect(tick).toBeLessThanOrEqual(301);
  const walkOut = eventsOf(run.events, 'walked_out')[0];
  expect(walkOut?.visitId).toBe(ANNA);
  expect(customerByVisit(run.state, ANNA)).toMatchObject({
    phase: 'walked-out',
    outcome: 'upset',
    points: -100,
    leftAt: run.state.time,
  });
  expect(run.state.queue).toEqual([]);
});

it('keeps the customer waiting until the last moment', () => {
  const level = hastyLevel();
  const run = advanceBy(level, begin(level), 299);
  expect(customerByVisit(run.state, ANNA)?.phase).toBe('waiting');
  expect(patienceOf(run)).toBeCloseTo(0.1, 9);
});

it('drains patience by drainPerSecond per simulated second while waiting', () => {
  const level = hastyLevel();
  const run = advanceBy(level, begin(level), 1 + STEPS_PER_SECOND);
  // Arrived on tick 1 and drained on it, then one more full second.
  expect(patienceOf(run)).toBeCloseTo(30 - 3 * (1 / 30) - 3, 9);
});

it('slows the drain by acknowledgedDrainFactor once acknowledged', () => {
  const level = hastyLevel({ acknowledgedDrainFactor: 0.5 });
  let run = advance(level, begin(level));
  run = advance(level, run, [{ type: 'acknowledge', visitId: ANNA }]);
  run = advanceBy(level, run, 29);
  expect(patienceOf(run)).toBeCloseTo(30 - 0.1 - 30 * 0.05, 9);
  run = advanceUntil(level, run, (state) => customerByVisit(state, ANNA)?.phase === 'walked-out');
  expect(run.state.tick).toBeGreaterThanOrEqual(598);
  expect(run.state.tick).toBeLessThanOrEqual(600);
});

it('accepts the nod once and rejects a second one', () => {
  const level = hastyLevel();
  let run = advance(level, begin(level));
  run = advance(level, run, [{ type: 'acknowledge', visitId: ANNA }]);
  const acknowledgedAt = customerByVisit(run.state, ANNA)?.acknowledgedAt;
  expect(acknowledgedAt).toBe(run.state.time);
  run = advance(level, run, [{ type: 'acknowledge', visitId: ANNA }]);
  expect(eventsOf(run.events, 'acknowledged')).toHaveLength(1);
  expect(eventsOf(run.events, 'intent_rejected')).toEqual([
    {
      type: 'intent_rejected',
      time: run.state.time,
      reason: 'already-acknowledged',
      intent: { type: 'acknowledge', visitId: ANNA },
    },
  ]);
  expect(customerByVisit(run.state, ANNA)?.acknowledgedAt).toBe(acknowledgedAt);
});

it('applies the ignore penalty once, right after the grace time', () => {
  const level = makeLevel({
    customers: [profile('anna', { patience: 100, drainPerSecond: 0.1, satisfaction: 50 })],
    rules: { ignoredAfterSeconds: 12, ignoredSatisfactionPenalty: 10 },
  });
  let run = advance(level, begin(level));
  const arrivedAt = run.state.time;
  run = advanceUntil(level, run, (state) => customerByVisit(state, ANNA)?.feltIgnored === true);
  expect(run.state.time - arrivedAt).toBeGreaterThanOrEqual(12 - 1e-9);
  expect(run.state.time - arrivedAt).toBeLessThan(12 + 1 / 30 + 1e-9);
  expect(customerByVisit(run.state, ANNA)?.meters.satisfaction).toBe(40);
  run = advanceBy(level, run, 600);
  expect(eventsOf(run.events, 'felt_ignored')).toEqual([
    { type: 'felt_ignored', time: arrivedAt + 12, visitId: ANNA },
  ]);
  expect(customerByVisit(run.state, ANNA)?.meters.satisfaction).toBe(40);
});

it('spares a customer acknowledged within the grace time', () => {
  const level = makeLevel({
    customers: [profile('anna', { patience: 100, drainPerSecond: 0.1 })],
    rules: { ignoredAfterSeconds: 12 },
  });
  let run = advanceBy(level, begin(level), 11 * STEPS_PER_SECOND);
  run = advance(level, run, [{ type: 'acknowledge', visitId: ANNA }]);
  run = advanceBy(level, run, 20 * STEPS_PER_SECOND);
  expect(eventsOf(run.events, 'felt_ignored')).toEqual([]);
  expect(customerByVisit(run.state, ANNA)?.meters.satisfaction).toBe(50);
});

it('spares a customer called to the desk within the grace time', () => {
  const level = makeLevel({ customers: [profile('anna', { drainPerSecond: 0.1 })] });
  let run = advance(level, begin(level));
  run = advance(level, run, [{ type: 'call-next' }]);
  run = advanceBy(level, run, 20 * STEPS_PER_SECOND);
  expect(eventsOf(run.events, 'felt_ignored')).toEqual([]);
});

it('clamps the ignore penalty at 0 satisfaction', () => {
  const level = makeLevel({
    customers: [profile('anna', { satisfaction: 4, drainPerSecond: 0.1 })],
    rules: { ignoredAfterSeconds: 1, ignoredSatisfactionPenalty: 10 },
  });
  const run = advanceBy(level, begin(level), 2 * STEPS_PER_SECOND);
  expect(customerByVisit(run.state, ANNA)?.meters.satisfaction).toBe(0);
});

it('keeps draining at the desk at serviceDrainFactor and walks out there too', () => {
  const level = hastyLevel({ serviceDrainFactor: 0.25 });
  let run = advance(level, begin(level));
  run = advance(level, run, [{ type: 'call-next' }]);
  expect(run.state.desk).toBe(ANNA);
  const atCall = 30 - 0.1 - 0.025;
  expect(patienceOf(run)).toBeCloseTo(atCall, 9);
  run = advanceBy(level, run, STEPS_PER_SECOND);
  expect(patienceOf(run)).toBeCloseTo(atCall - 0.75, 9);

  run = advanceUntil(level, run, (state) => state.desk === null);
  // 29.875 patience at 0.75/s is about 39.8 s at the desk, far beyond the 10 s in the queue.
  expect(run.state.tick).toBeGreaterThan(1190);
  expect(run.state.tick).toBeLessThan(1200);
  expect(eventsOf(run.events, 'walked_out').map((event) => event.visitId)).toEqual([ANNA]);
  expect(customerByVisit(run.state, ANNA)).toMatchObject({ phase: 'walked-out', nodeId: null });
});

it('walks a customer out at the desk when a choice empties their patience', () => {
  const level = makeLevel({
    customers: [profile('anna', { patience: 10 })],
    dialogues: [dialogue('talk', [node('a', [choice('stall', { patience: -50 }, 'a')])])],
  });
  let run = advance(level, begin(level));
  run = advance(level, run, [{ type: 'call-next' }]);
  run = advance(level, run, [{ type: 'choose', choiceId: 'stall' }]);
  expect(customerByVisit(run.state, ANNA)?.phase).toBe('walked-out');
  expect(run.state.desk).toBeNull();
  expect(eventsOf(run.events, 'meter_changed')[0]?.after.patience).toBe(0);
});

it('costs the walk-out penalty in score, but never below zero', () => {
  const level = makeLevel({
    customers: [
      profile('anna', { satisfaction: 90, selfEsteem: 90 }),
      profile('ben', { patience: 1 }),
    ],
    arrivals: [
      { at: 0, customer: 'anna' },
      { at: 0, customer: 'ben' },
    ],
    rules: { walkOutPenalty: 60 },
  });
  let run = advance(level, begin(level));
  run = advance(level, run, [{ type: 'call-next' }]);
  run = advance(level, run, [{ type: 'choose', choiceId: 'curt' }]);
  // curt: 60/60 -> satisfied, 120 + 20 = 140 points.
  expect(run.state.score).toBe(140);
  run = advanceUntil(
    level,
    run,
    (state) => customerByVisit(state, 'ben#1')?.phase === 'walked-out',
  );
  expect(run.state.score).toBe(80);

  const lonely = makeLevel({ customers: [profile('anna', { patience: 1 })] });
  const alone = advanceUntil(lonely, begin(lonely), (state) => state.finished);
  expect(customerByVisit(alone.state, ANNA)?.points).toBe(-100);
  expect(alone.state.score).toBe(0);
});
