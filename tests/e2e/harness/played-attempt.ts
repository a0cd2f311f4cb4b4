/**
 * Plays a level in Node with the real simulation and a scripted clerk (who never nods, takes a
 * few seconds per answer and picks the kindest answer, except the very first, which is the
 * unkindest), then records the attempt as the game does.
 */
import { readFileSync } from 'node:fs';
import type { Level } from '../../../src/core/level.ts';
import { orderedChoices } from '../../../src/core/selectors.ts';
import { createSimulation, step } from '../../../src/core/simulation.ts';
import { FIXED_DT, type Intent, type SimEvent } from '../../../src/core/types.ts';
import { loadLevelFromText } from '../../../src/levels/load.ts';
import { attemptFromRun } from '../../../src/storage/scores/attempt-from-run.ts';
import type { Attempt, AttemptMode } from '../../../src/storage/scores/model.ts';

/** The first level, as the game loads it. */
export function firstShift(): Level {
  const url = new URL('../../../levels/first-shift.json', import.meta.url);
  const result = loadLevelFromText(readFileSync(url, 'utf8'), 'first-shift.json');
  if (!result.ok) throw new Error('first-shift.json does not load');
  return result.level;
}

/** Plays `level` to the end and returns the recorded attempt. */
export function playedAttempt(level: Level, mode: AttemptMode, thinkSeconds = 4): Attempt {
  let state = createSimulation(level);
  const events: SimEvent[] = [];
  let thinking = 0;
  let answered = 0;
  while (!state.finished) {
    const intents: Intent[] = [];
    const choices = orderedChoices(level, state);
    if (state.desk === null && state.queue.length > 0) intents.push({ type: 'call-next' });
    if (choices.length > 0 && (thinking += FIXED_DT) >= thinkSeconds) {
      const kindness = (c: (typeof choices)[number]) =>
        c.effects.satisfaction + c.effects.selfEsteem;
      const sorted = [...choices].sort((a, b) => kindness(b) - kindness(a));
      const pick = answered === 0 ? sorted.at(-1) : sorted[0];
      if (pick) intents.push({ type: 'choose', choiceId: pick.id });
      answered += 1;
      thinking = 0;
    }
    const result = step(level, state, intents);
    state = result.state;
    events.push(...result.events);
  }
  return attemptFromRun(level, state, events, {
    id: '00000000-0000-4000-8000-0000000000aa',
    profileId: '00000000-0000-4000-8000-0000000000bb',
    mode,
    startedAt: new Date('2025-03-01T10:00:00.000Z'),
    finishedAt: new Date('2025-03-01T10:03:00.000Z'),
  });
}
