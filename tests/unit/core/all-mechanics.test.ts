import { expect, it } from 'vitest';
import type { Level } from '../../../src/core/level.ts';
import { replay, type InputLogEntry } from '../../../src/core/replay.ts';
import { createSimulation, step } from '../../../src/core/simulation.ts';
import { choice, dialogue, eventsOf, makeLevel, node, profile } from './fixtures.ts';

/** One level with every mechanic in play at once. */
function everything(seed = 7): Level {
  const base = makeLevel({
    seed,
    customers: [
      profile('anna', {
        dialogue: 'd',
        address: 'informal',
        traits: ['hurried', 'regular'],
        regular: { history: { en: 'Comes on Mondays.' } },
      }),
      profile('ben', { dialogue: 'd', traits: ['distrustful'], drainPerSecond: 3 }),
    ],
    dialogues: [
      dialogue('d', [
        node('a', [
          { ...choice('hey', { satisfaction: 6 }, 'b'), register: 'informal' },
          { ...choice('hi', { satisfaction: 4 }, 'b'), register: 'formal', honours: ['honesty'] },
          { ...choice('know-you', { satisfaction: 9 }, 'b'), usesCard: true, register: 'informal' },
        ]),
        node('b', [
          {
            ...choice('later', { satisfaction: 5 }, null),
            promise: { id: 'p', text: { en: 'Later' }, deadlineSeconds: 3 },
          },
          choice('now', { satisfaction: 2 }, null),
        ]),
      ]),
    ],
    arrivals: [
      { at: 0, customer: 'anna' },
      { at: 0.5, customer: 'ben' },
      { at: 1, customer: 'ben' },
    ],
  });
  return {
    ...base,
    backup: { uses: 1, durationSeconds: 3, serveSeconds: 1 },
    distractions: [
      {
        id: 'chat',
        at: 0.5,
        kind: 'colleague',
        text: { en: 'Chat' },
        lastsSeconds: 2,
        urgent: false,
      },
      { id: 'call', at: 2, kind: 'phone', text: { en: 'Call' }, lastsSeconds: 2, urgent: true },
    ],
    preparation: {
      seconds: 1,
      tasks: [
        {
          id: 'tidy',
          text: { en: 'Tidy' },
          seconds: 0.5,
          principle: 'prepare-workplace',
          satisfaction: 3,
          selfEsteem: 0,
          drainFactor: 0.9,
        },
      ],
    },
  };
}

const LOG: InputLogEntry[] = [
  { tick: 1, intent: { type: 'prepare', taskId: 'tidy' } },
  { tick: 3, intent: { type: 'open-desk' } },
  { tick: 5, intent: { type: 'call-next' } },
  { tick: 8, intent: { type: 'open-card' } },
  { tick: 10, intent: { type: 'choose', choiceId: 'know-you' } },
  { tick: 12, intent: { type: 'choose', choiceId: 'later' } },
  { tick: 14, intent: { type: 'attend', distractionId: 'chat' } },
  { tick: 15, intent: { type: 'keep-promise', promiseId: 'p' } },
  { tick: 16, intent: { type: 'call-backup' } },
  { tick: 70, intent: { type: 'attend', distractionId: 'call' } },
  { tick: 72, intent: { type: 'call-next' } },
];
const memories = { 'Name anna': 'delighted' as const };

it('replays a shift with every mechanic in play to exactly the same result', () => {
  const level = everything();
  const first = replay(level, LOG, { memories });
  expect(first.state.finished).toBe(true);
  expect(replay(level, LOG, { memories })).toEqual(first);
  const types = new Set(first.events.map((event) => event.type));
  for (const type of [
    'task_done',
    'desk_opened',
    'card_opened',
    'promise_made',
    'promise_resolved',
    'distraction_resolved',
    'backup_started',
  ] as const) {
    expect(types.has(type), type).toBe(true);
  }
  expect(eventsOf(first.events, 'choice_made')[0]?.honours).toContain('match-register');
});

it('gives the same result stepping by hand, and a different one with another seed', () => {
  const level = everything();
  let state = createSimulation(level, { memories });
  for (let tick = 0; tick < 100_000 && !state.finished; tick += 1) {
    const intents = LOG.filter((entry) => entry.tick === tick).map((entry) => entry.intent);
    state = step(level, state, intents).state;
  }
  expect(state).toEqual(replay(level, LOG, { memories }).state);
  const other = replay(everything(8), LOG, { memories }).state;
  expect(other.rng).not.toBe(state.rng);
});
