import { expect, it } from 'vitest';
import { replay, type InputLogEntry } from '../../../src/core/replay.ts';
import { customerByVisit } from '../../../src/core/selectors.ts';
import { createSimulation, step } from '../../../src/core/simulation.ts';
import type { Level } from '../../../src/core/level.ts';
import type { Intent, SimState } from '../../../src/core/types.ts';
import {
  deepFreeze,
  defaultDialogue,
  dialogue,
  choice,
  makeLevel,
  node,
  profile,
} from './fixtures.ts';

function busyLevel(seed = 42): Level {
  const level = makeLevel({
    seed,
    customers: [
      profile('anna', { patience: 60, drainPerSecond: 2, traits: ['hurried'] }),
      profile('ben', { patience: 20, drainPerSecond: 4 }),
      // Informal and distrustful, with answers in both registers and one on honesty: the form
      // of address and the traits are in the replay too.
      profile('cleo', { dialogue: 'four', address: 'informal', traits: ['distrustful'] }),
    ],
    dialogues: [
      defaultDialogue(),
      dialogue('four', [
        node('a', [
          { ...choice('w', { satisfaction: 5 }, 'b'), register: 'informal', honours: ['honesty'] },
          { ...choice('x', { satisfaction: -5 }, 'b'), register: 'formal' },
          choice('y', { selfEsteem: 5 }, 'b'),
          choice('z', { selfEsteem: -5 }, 'b'),
        ]),
        node('b', [
          {
            ...choice('done', { satisfaction: 10 }, null),
            promise: { id: 'post-it', text: { en: 'Post it' }, deadlineSeconds: 5 },
          },
          choice('fail', {}, null),
        ]),
      ]),
    ],
    arrivals: [
      { at: 0, customer: 'anna' },
      { at: 0.5, customer: 'ben' },
      { at: 1, customer: 'cleo' },
      { at: 3, customer: 'anna' },
    ],
  });
  // A colleague too, called in the log below: the backup desk is replayed as well.
  return {
    ...level,
    backup: { uses: 1, durationSeconds: 4, serveSeconds: 1.5 },
    // And a distraction, attended to in the log: it hits whoever waits at that moment.
    distractions: [
      {
        id: 'chat',
        at: 1,
        kind: 'colleague',
        text: { en: 'Chat' },
        lastsSeconds: 3,
        urgent: false,
      },
    ],
  };
}

const LOG: InputLogEntry[] = [
  { tick: 1, intent: { type: 'acknowledge', visitId: 'ben#1' } },
  { tick: 2, intent: { type: 'call-next' } },
  { tick: 10, intent: { type: 'choose', choiceId: 'warm' } },
  { tick: 20, intent: { type: 'choose', choiceId: 'thank' } },
  { tick: 20, intent: { type: 'call-next' } },
  { tick: 31, intent: { type: 'acknowledge', visitId: 'cleo#2' } },
  { tick: 31, intent: { type: 'acknowledge', visitId: 'cleo#2' } },
  { tick: 40, intent: { type: 'choose', choiceId: 'curt' } },
  { tick: 41, intent: { type: 'call-next' } },
  { tick: 50, intent: { type: 'choose', choiceId: 'w' } },
  { tick: 60, intent: { type: 'choose', choiceId: 'done' } },
  { tick: 61, intent: { type: 'call-backup' } },
  { tick: 62, intent: { type: 'attend', distractionId: 'chat' } },
];

function intentsAt(tick: number): Intent[] {
  return LOG.filter((entry) => entry.tick === tick).map((entry) => entry.intent);
}

it('never mutates the input state or the level', () => {
  const level = deepFreeze(busyLevel());
  let state: SimState = deepFreeze(createSimulation(level));
  for (let tick = 0; tick < 2000 && !state.finished; tick += 1) {
    const snapshot = structuredClone(state);
    // A frozen input makes any in-place write throw; the clone catches anything subtler.
    const next = step(level, state, intentsAt(tick)).state;
    expect(state).toEqual(snapshot);
    state = deepFreeze(next);
  }
  expect(state.finished).toBe(true);
});

it('shares customers a step did not touch', () => {
  const level = busyLevel();
  let state = createSimulation(level);
  for (let tick = 0; tick < 25; tick += 1) state = step(level, state, intentsAt(tick)).state;
  const anna = customerByVisit(state, 'anna#0');
  expect(anna?.phase).toBe('served');
  const next = step(level, state, []).state;
  expect(customerByVisit(next, 'anna#0')).toBe(anna);
  expect(next.customers).not.toBe(state.customers);
});

it('shares the whole customer list when nothing changed', () => {
  const level = makeLevel({ arrivals: [{ at: 10, customer: 'anna' }] });
  const first = step(level, createSimulation(level), []).state;
  const second = step(level, first, []).state;
  expect(second.customers).toBe(first.customers);
  expect(second.queue).toBe(first.queue);
});

it('replays the same log to the same result', () => {
  const first = replay(busyLevel(), LOG);
  const second = replay(busyLevel(), LOG);
  expect(first.state.finished).toBe(true);
  expect(second).toEqual(first);
  expect(first.events.length).toBeGreaterThan(20);
  expect(first.unusedInputs).toBe(0);
});

it('changes the choice order with the seed', () => {
  const orderWith = (seed: number) => {
    const result = replay(busyLevel(seed), LOG.slice(0, 9), { maxTicks: 45 });
    return customerByVisit(result.state, 'cleo#2')?.choiceOrder.join('');
  };
  const base = orderWith(42);
  expect(base).toHaveLength(4);
  const others = [1, 2, 3, 4, 5, 6, 7, 8].map(orderWith);
  expect(others.some((order) => order !== base)).toBe(true);
});

it('replays step by step exactly like driving step directly', () => {
  const level = busyLevel();
  let state = createSimulation(level);
  const events = [];
  while (!state.finished) {
    const result = step(level, state, intentsAt(state.tick));
    state = result.state;
    events.push(...result.events);
  }
  expect(replay(level, LOG)).toEqual({ state, events, unusedInputs: 0 });
});

it('stops at maxTicks and counts inputs it never reached', () => {
  const result = replay(busyLevel(), LOG, { maxTicks: 30 });
  expect(result.state.tick).toBe(30);
  expect(result.state.finished).toBe(false);
  expect(result.unusedInputs).toBe(LOG.filter((entry) => entry.tick >= 30).length);
});
