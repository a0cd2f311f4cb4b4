import { expect, it } from 'vitest';
import { DEFAULT_RULES, type Level } from '../../../src/core/level.ts';
import { createSimulation, step } from '../../../src/core/simulation.ts';
import type { Intent, SimEvent, SimState } from '../../../src/core/types.ts';
import { attemptFromRun } from '../../../src/storage/scores/attempt-from-run.ts';
import { uuid } from './fixtures.ts';

const look = {
  skin: '#aa8866',
  hair: '#332211',
  outfit: '#224466',
  hairStyle: 'short',
  accessory: 'none',
} as const;

/** Alma is served (warm, then thank); Bert has no patience at all and walks out at once. */
function tinyLevel(): Level {
  const choice = (id: string, delta: number, next: string | null, honours: string[] = []) => ({
    id,
    text: { en: id },
    effects: { satisfaction: delta, selfEsteem: delta, patience: 0 },
    honours,
    breaks: delta < 0 ? ['sin-autopilot'] : [],
    feedback: { en: id },
    next,
  });
  const customer = (id: string, name: string, patience: number, drainPerSecond: number) => ({
    id,
    name,
    look,
    patience,
    drainPerSecond,
    address: 'formal' as const,
    traits: [],
    satisfaction: 50,
    selfEsteem: 50,
    dialogue: 'talk',
  });
  return {
    schemaVersion: 1,
    id: 'tiny',
    version: '2.1.0',
    title: { en: 'Tiny' },
    description: { en: 'Tiny' },
    objectives: [],
    locales: ['en'],
    defaultLocale: 'en',
    sources: [],
    difficulty: 'intro',
    author: 'test',
    shift: {
      durationSeconds: 60,
      seed: 1,
      arrivals: [
        { at: 0, customer: 'alma' },
        { at: 2, customer: 'bert' },
      ],
    },
    rules: DEFAULT_RULES,
    customers: [customer('alma', 'Alma', 100, 1), customer('bert', 'Bert', 1, 100)],
    dialogues: [
      {
        id: 'talk',
        start: 'greet',
        nodes: [
          {
            id: 'greet',
            line: { en: 'Hi' },
            choices: [choice('warm', 20, 'close', ['greet-fast']), choice('curt', -30, null)],
          },
          {
            id: 'close',
            line: { en: 'Bye' },
            choices: [
              choice('thank', 10, null, ['thank', 'greet-fast']),
              choice('rush', -10, null),
            ],
          },
        ],
      },
    ],
    scoring: { stars: [50, 100, 200] },
  };
}

/** Plays the level: call whoever waits, always answer warmly. Returns the end and all events. */
function play(level: Level): { state: SimState; events: SimEvent[] } {
  let state = createSimulation(level);
  const events: SimEvent[] = [];
  for (let guard = 0; !state.finished && guard < 10_000; guard += 1) {
    const intents: Intent[] = [];
    const atDesk = state.customers.find((c) => c.visitId === state.desk);
    if (state.desk === null && state.queue.length > 0) intents.push({ type: 'call-next' });
    else if (atDesk?.nodeId === 'greet') intents.push({ type: 'choose', choiceId: 'warm' });
    else if (atDesk?.nodeId === 'close') intents.push({ type: 'choose', choiceId: 'thank' });
    const result = step(level, state, intents);
    state = result.state;
    events.push(...result.events);
  }
  return { state, events };
}

it('turns a finished play into a valid attempt with outcomes, choices and a meter trace', () => {
  const level = tinyLevel();
  const { state, events } = play(level);
  expect(state.finished).toBe(true);
  const attempt = attemptFromRun(level, state, events, {
    id: uuid(42),
    profileId: uuid(1),
    mode: 'training',
    startedAt: new Date('2025-03-01T10:00:00.000Z'),
    finishedAt: new Date('2025-03-01T10:00:05.000Z'),
    maxScore: 300,
  });
  expect(attempt).toMatchObject({
    id: uuid(42),
    levelId: 'tiny',
    levelVersion: '2.1.0',
    score: state.score,
    maxScore: 300,
    outcomes: { delighted: 1, satisfied: 0, neutral: 0, upset: 0, walkedOut: 1 },
    principles: { honoured: { 'greet-fast': 2, thank: 1 }, broken: {} },
    durationSeconds: state.time,
  });
  expect(attempt.stars).toBe(
    state.score >= 200 ? 3 : state.score >= 100 ? 2 : state.score >= 50 ? 1 : 0,
  );
  const [alma, bert] = attempt.customers;
  expect(alma).toMatchObject({ name: 'Alma', outcome: 'delighted' });
  expect(alma?.choices.map((c) => [c.nodeId, c.choiceId, c.dialogueId])).toEqual([
    ['greet', 'warm', 'talk'],
    ['close', 'thank', 'talk'],
  ]);
  expect(bert).toMatchObject({ name: 'Bert', outcome: 'walked-out', choices: [] });
  // Alma's line on the chart: arrival, then one point per answer.
  const almaTrace = attempt.meterTrace.filter((sample) => sample.visitId === alma?.visitId);
  expect(almaTrace.map((s) => s.satisfaction)).toEqual([50, 70, 80]);
});

it('never records a max score below the score itself', () => {
  const level = tinyLevel();
  const { state, events } = play(level);
  const attempt = attemptFromRun(level, state, events, {
    id: uuid(43),
    profileId: uuid(1),
    mode: 'challenge',
    startedAt: new Date('2025-03-01T10:00:00.000Z'),
    finishedAt: new Date('2025-03-01T10:00:05.000Z'),
    maxScore: 1,
  });
  expect(attempt.maxScore).toBe(state.score);
});
