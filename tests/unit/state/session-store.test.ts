import { expect, it } from 'vitest';
import { FIXED_DT } from '../../../src/core/types.ts';
import { createSessionStore } from '../../../src/state/session-store.ts';
import { smallLevel } from './small-level.ts';

/** Runs whole seconds of frames at 60 fps. */
function play(store: ReturnType<typeof createSessionStore>, seconds: number): void {
  for (let i = 0; i < seconds * 60; i += 1) store.getState().advance(1 / 60);
}

function customer(store: ReturnType<typeof createSessionStore>, profileId: string) {
  const found = store.getState().sim.customers.find((c) => c.profileId === profileId);
  if (!found) throw new Error(`${profileId} has not arrived`);
  return found;
}

it('starts a fresh simulation for every store', () => {
  const first = createSessionStore(smallLevel());
  play(first, 2);
  const second = createSessionStore(smallLevel());
  expect(first.getState().sim.tick).toBeGreaterThan(0);
  expect(second.getState().sim.tick).toBe(0);
  expect(second.getState().sim.customers).toEqual([]);
});

it('advancing time lets customers arrive and drains their patience', () => {
  const store = createSessionStore(smallLevel());
  play(store, 1);
  const patienceAfterOne = customer(store, 'ana').meters.patience;
  play(store, 2);
  expect(customer(store, 'ana').meters.patience).toBeLessThan(patienceAfterOne);
  expect(customer(store, 'ana').meters.patience).toBeCloseTo(80 - 2 * 3, 0);
  expect(store.getState().sim.time).toBeCloseTo(3, 5);
});

it('carries frame time below one step in the accumulator', () => {
  const store = createSessionStore(smallLevel());
  store.getState().advance(FIXED_DT / 2);
  expect(store.getState().sim.tick).toBe(0);
  store.getState().advance(FIXED_DT / 2);
  expect(store.getState().sim.tick).toBe(1);
});

it('speed multiplies the time each frame feeds in', () => {
  const store = createSessionStore(smallLevel(), { speed: 4 });
  play(store, 1);
  expect(store.getState().sim.time).toBeCloseTo(4, 5);
});

it('pause freezes time and patience; resume continues', () => {
  const store = createSessionStore(smallLevel());
  play(store, 2);
  const before = store.getState().sim;
  store.getState().pause();
  play(store, 3);
  expect(store.getState().sim).toBe(before);
  store.getState().togglePause();
  expect(store.getState().paused).toBe(false);
  play(store, 1);
  expect(customer(store, 'ana').meters.patience).toBeLessThan(
    before.customers[0]?.meters.patience ?? 0,
  );
});

it('queues intents until the next step, where the core applies them', () => {
  const store = createSessionStore(smallLevel());
  play(store, 1);
  store.getState().callNext();
  expect(store.getState().pendingIntents).toEqual([{ type: 'call-next' }]);
  expect(store.getState().sim.desk).toBeNull();
  store.getState().advance(FIXED_DT);
  expect(store.getState().pendingIntents).toEqual([]);
  expect(store.getState().sim.desk).toBe(customer(store, 'ana').visitId);
  expect(store.getState().events.some((e) => e.type === 'called_to_desk')).toBe(true);
});

it('drops intents given while paused', () => {
  const store = createSessionStore(smallLevel());
  play(store, 1);
  store.getState().pause();
  store.getState().callNext();
  expect(store.getState().pendingIntents).toEqual([]);
});

it('acknowledge reaches the core for the given customer', () => {
  const store = createSessionStore(smallLevel());
  play(store, 2);
  const ben = customer(store, 'ben');
  store.getState().acknowledge(ben.visitId);
  play(store, 1);
  expect(customer(store, 'ben').acknowledgedAt).not.toBeNull();
  expect(customer(store, 'ana').acknowledgedAt).toBeNull();
});

it('acknowledgeNext nods to the longest-waiting unacknowledged customer', () => {
  const store = createSessionStore(smallLevel());
  play(store, 2);
  store.getState().acknowledgeNext();
  store.getState().acknowledgeNext();
  const [first, second] = store.getState().pendingIntents;
  expect(first).toEqual({ type: 'acknowledge', visitId: customer(store, 'ana').visitId });
  expect(second).toEqual({ type: 'acknowledge', visitId: customer(store, 'ben').visitId });
  play(store, 1);
  store.getState().acknowledgeNext();
  expect(store.getState().pendingIntents).toEqual([]);
});

it('chooseIndex picks the n-th choice in the shown order', () => {
  const store = createSessionStore(smallLevel());
  play(store, 1);
  store.getState().callNext();
  play(store, 1);
  const order = customer(store, 'ana').choiceOrder;
  expect([...order].sort()).toEqual(['busy', 'cold', 'warm']);
  store.getState().chooseIndex(2);
  expect(store.getState().pendingIntents).toEqual([{ type: 'choose', choiceId: order[2] }]);
  play(store, 1);
  expect(store.getState().lastChoice?.choiceId).toBe(order[2]);
  expect(customer(store, 'ana').nodeId).toBe('bye');
});

it('ignores a choice index that is not shown', () => {
  const store = createSessionStore(smallLevel());
  play(store, 1);
  store.getState().callNext();
  play(store, 1);
  store.getState().chooseIndex(3);
  expect(store.getState().pendingIntents).toEqual([]);
});

it('a second answer before the first reached the core is dropped', () => {
  const store = createSessionStore(smallLevel());
  play(store, 1);
  store.getState().callNext();
  play(store, 1);
  store.getState().choose('warm');
  store.getState().choose('thanks');
  expect(store.getState().pendingIntents).toEqual([{ type: 'choose', choiceId: 'warm' }]);
});

it('records every answer and finishes when everyone is served', () => {
  const store = createSessionStore(smallLevel());
  play(store, 2);
  for (const answers of [
    ['warm', 'thanks'],
    ['cold', 'nothing'],
  ]) {
    store.getState().callNext();
    play(store, 1);
    for (const choiceId of answers) {
      store.getState().choose(choiceId);
      play(store, 1);
    }
  }
  const state = store.getState();
  expect(state.answers.map((a) => a.choiceId)).toEqual(['warm', 'thanks', 'cold', 'nothing']);
  expect(state.sim.finished).toBe(true);
  expect(state.sim.score).toBeGreaterThan(0);
});

it('keeps every event of the play in order, across step batches', () => {
  const store = createSessionStore(smallLevel());
  const seen: string[] = [];
  store.subscribe((state, previous) => {
    if (state.eventBatch !== previous.eventBatch) seen.push(...state.events.map((e) => e.type));
  });
  for (let i = 0; i < 40; i += 1) store.getState().advance(0.5);
  const history = store.getState().history.map((e) => e.type);
  expect(history.length).toBeGreaterThan(0);
  expect(history).toEqual(seen);
  expect(history[0]).toBe('customer_arrived');
});
