import { expect, it } from 'vitest';
import { bestAchievableScore } from '../../../src/core/best-score.ts';
import type { Choice, Level } from '../../../src/core/level.ts';
import { BROKEN_PROMISES } from '../../../src/core/promises.ts';
import { REJECT_REASONS } from '../../../src/core/reject-reasons.ts';
import {
  advance,
  advanceBy,
  begin,
  choice,
  dialogue,
  eventsOf,
  makeLevel,
  node,
} from './fixtures.ts';

const callBack: Choice = {
  ...choice('call-back', { satisfaction: 10, selfEsteem: 5 }, null),
  promise: { id: 'ring-back', text: { en: 'Call Anna back' }, deadlineSeconds: 10 },
};

function promiseLevel(): Level {
  return makeLevel({
    dialogues: [dialogue('talk', [node('start', [callBack, choice('no', {}, null)])])],
  });
}

/** Anna at the desk, answered with the promise. */
function promised(level: Level) {
  let run = advance(level, begin(level));
  run = advance(level, run, [{ type: 'call-next' }]);
  return advance(level, run, [{ type: 'choose', choiceId: 'call-back' }]);
}

it('records the promise with its deadline when the answer makes it', () => {
  const level = promiseLevel();
  const run = promised(level);
  const [made] = eventsOf(run.events, 'promise_made');
  expect(made).toMatchObject({ promiseId: 'ring-back', visitId: 'anna#0' });
  expect(made?.dueAt).toBeCloseTo(run.state.time + 10, 5);
  expect(run.state.promises).toEqual([
    { id: 'ring-back', visitId: 'anna#0', dueAt: made?.dueAt, status: 'open' },
  ]);
  expect(run.state.finished).toBe(false);
});

it('a promise kept in time earns points and honours reliability; the shift can then end', () => {
  const level = promiseLevel();
  const served = promised(level).state.score;
  const run = advance(level, promised(level), [{ type: 'keep-promise', promiseId: 'ring-back' }]);
  expect(eventsOf(run.events, 'promise_resolved').at(-1)).toMatchObject({
    how: 'kept',
    honours: ['reliability'],
  });
  expect(run.state.score).toBe(served + level.rules.promiseKeptBonus);
  expect(run.state.finished).toBe(true);
});

it('a promise left past its deadline is broken: it costs points and names the sin', () => {
  const level = promiseLevel();
  const served = promised(level).state.score;
  const run = advanceBy(level, promised(level), 30 * 11);
  expect(eventsOf(run.events, 'promise_resolved').at(-1)).toMatchObject({
    how: 'broken',
    breaks: [BROKEN_PROMISES],
  });
  expect(run.state.score).toBe(Math.max(0, served - level.rules.brokenPromisePenalty));
  expect(run.state.promises[0]?.status).toBe('broken');
  expect(run.state.finished).toBe(true);
});

it('cannot keep a promise nobody made, or while a customer is at the desk', () => {
  const level = makeLevel({
    dialogues: [dialogue('talk', [node('start', [callBack, choice('no', {}, null)])])],
    arrivals: [
      { at: 0, customer: 'anna' },
      { at: 0, customer: 'anna' },
    ],
  });
  let run = advance(level, begin(level), [{ type: 'keep-promise', promiseId: 'ring-back' }]);
  expect(eventsOf(run.events, 'intent_rejected')[0]?.reason).toBe(REJECT_REASONS.noSuchPromise);
  run = advance(level, run, [{ type: 'call-next' }]);
  run = advance(level, run, [{ type: 'choose', choiceId: 'call-back' }, { type: 'call-next' }]);
  run = advance(level, run, [{ type: 'keep-promise', promiseId: 'ring-back' }]);
  expect(eventsOf(run.events, 'intent_rejected').at(-1)?.reason).toBe(REJECT_REASONS.deskBusy);
});

it('counts kept promises in the best achievable score', () => {
  const level = promiseLevel();
  const without = makeLevel();
  expect(bestAchievableScore(level)).toBeGreaterThanOrEqual(level.rules.promiseKeptBonus);
  expect(bestAchievableScore(level) - level.rules.promiseKeptBonus).toBeLessThanOrEqual(
    bestAchievableScore(without),
  );
});
