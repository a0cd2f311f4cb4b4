/**
 * Test data for the score store: valid profiles and attempts with readable, deterministic ids,
 * and a clock/id source that tests control.
 */
import type { Attempt, Profile } from '../../../src/storage/scores/model.ts';
import type { ScoresEnvironment } from '../../../src/storage/scores/port.ts';

/** A valid v4 UUID whose last group is `n` (so tests can read which is which). */
export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** A profile with sensible defaults. */
export function makeProfile(overrides: Partial<Profile> = {}): Profile {
  return { id: uuid(1), name: 'Ada', createdAt: '2025-03-01T09:00:00.000Z', ...overrides };
}

/** A valid attempt with one customer and two choices; override what the test is about. */
export function makeAttempt(overrides: Partial<Attempt> = {}): Attempt {
  return {
    id: uuid(1000),
    profileId: uuid(1),
    levelId: 'first-shift',
    levelVersion: '1.0.0',
    score: 120,
    stars: 2,
    maxScore: 200,
    mode: 'training',
    startedAt: '2025-03-01T10:00:00.000Z',
    finishedAt: '2025-03-01T10:03:00.000Z',
    durationSeconds: 83.4,
    outcomes: { delighted: 1, satisfied: 0, neutral: 0, upset: 0, walkedOut: 1 },
    principles: { honoured: { 'greet-fast': 2, empathy: 1 }, broken: { 'sin-autopilot': 1 } },
    customers: [
      {
        visitId: 'alma#0',
        name: 'Alma',
        outcome: 'delighted',
        points: 170,
        choices: [
          { nodeId: 'hello', choiceId: 'warm', honours: ['greet-fast'], breaks: [], t: 4.5 },
          {
            nodeId: 'need',
            choiceId: 'listen',
            dialogueId: 'alma-talk',
            honours: ['greet-fast', 'empathy'],
            breaks: ['sin-autopilot'],
            t: 9,
          },
        ],
      },
      { visitId: 'bert#1', name: 'Bert', outcome: 'walked-out', points: -100, choices: [] },
    ],
    meterTrace: [
      { t: 0, satisfaction: 50, selfEsteem: 50 },
      { t: 4.5, visitId: 'alma#0', satisfaction: 70, selfEsteem: 60 },
    ],
    ...overrides,
  };
}

/** A clock that advances one second per call and ids counting up from `firstId`. */
export function steppingEnvironment(
  start = '2025-03-01T08:00:00.000Z',
  firstId = 500,
): ScoresEnvironment & { readonly issued: string[] } {
  let tick = 0;
  let next = firstId;
  const issued: string[] = [];
  return {
    issued,
    now: () => new Date(Date.parse(start) + 1000 * tick++),
    randomUUID: () => {
      const id = uuid(next++);
      issued.push(id);
      return id;
    },
  };
}
