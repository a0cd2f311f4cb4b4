/**
 * A small shift played through the real simulation and recorded as an attempt, so the debrief
 * tests read the same data the game records: Anna is served well, Bob is left waiting without
 * a nod and then answered rudely, Cara runs out of patience and walks out.
 */
import type { Choice, Level } from '../../../src/core/level.ts';
import { FIXED_DT, type Intent } from '../../../src/core/types.ts';
import { attemptFromRun } from '../../../src/storage/scores/attempt-from-run.ts';
import type { Attempt, AttemptMode } from '../../../src/storage/scores/model.ts';
import { advance, begin, choice, dialogue, makeLevel, node, profile } from '../core/fixtures.ts';

function tagged(base: Choice, honours: string[], breaks: string[]): Choice {
  return { ...base, honours, breaks };
}

/** The test level: three customers, one two-step conversation with tagged answers. */
export function debriefLevel(): Level {
  return makeLevel({
    customers: [
      profile('anna', { name: 'Anna' }),
      profile('bob', { name: 'Bob' }),
      profile('cara', { name: 'Cara', patience: 8 }),
    ],
    arrivals: [
      { at: 0, customer: 'anna' },
      { at: 1, customer: 'bob' },
      { at: 2, customer: 'cara' },
    ],
    dialogues: [
      dialogue('talk', [
        node('greet', [
          tagged(
            choice('warm', { satisfaction: 20, selfEsteem: 20 }, 'close'),
            ['greet-fast', 'empathy'],
            [],
          ),
          tagged(
            choice('curt', { satisfaction: -30, selfEsteem: -30 }, null),
            [],
            ['sin-red-alert'],
          ),
        ]),
        node('close', [
          tagged(choice('thank', { satisfaction: 10, selfEsteem: 10 }, null), ['thank'], []),
          tagged(choice('rush', { satisfaction: -10 }, null), [], ['sin-autopilot']),
        ]),
      ]),
    ],
    durationSeconds: 60,
  });
}

/** Answers per customer name, in order. */
const PLAN: Readonly<Record<string, readonly string[]>> = {
  anna: ['warm', 'thank'],
  bob: ['curt'],
};

/** Seconds the scripted player "thinks" before each answer (so the queue builds up). */
const THINK_SECONDS = 7;

/**
 * Plays the level with a scripted player who never nods, calls the next customer as soon as the
 * desk is free and answers after thinking for a while; returns the recorded attempt.
 */
export function playedAttempt(mode: AttemptMode = 'training', level = debriefLevel()): Attempt {
  let run = begin(level);
  let thinking = 0;
  for (let tick = 0; tick < 100_000 && !run.state.finished; tick += 1) {
    const intents: Intent[] = [];
    const atDesk = run.state.customers.find((c) => c.visitId === run.state.desk);
    if (atDesk === undefined) {
      thinking = 0;
      if (run.state.queue.length > 0) intents.push({ type: 'call-next' });
    } else if ((thinking += FIXED_DT) >= THINK_SECONDS) {
      const given = run.events.filter(
        (e) => e.type === 'choice_made' && e.visitId === atDesk.visitId,
      ).length;
      const next = PLAN[atDesk.profileId]?.[given];
      if (next !== undefined) intents.push({ type: 'choose', choiceId: next });
      thinking = 0;
    }
    run = advance(level, run, intents);
  }
  return attemptFromRun(level, run.state, run.events, {
    id: '00000000-0000-4000-8000-000000000001',
    profileId: '00000000-0000-4000-8000-000000000002',
    mode,
    startedAt: new Date('2025-03-01T10:00:00.000Z'),
    finishedAt: new Date('2025-03-01T10:01:00.000Z'),
  });
}
