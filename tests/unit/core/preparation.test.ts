import { expect, it } from 'vitest';
import { bestAchievableScore } from '../../../src/core/best-score.ts';
import type { Level, PreparationTask } from '../../../src/core/level.ts';
import { REJECT_REASONS } from '../../../src/core/reject-reasons.ts';
import { replay } from '../../../src/core/replay.ts';
import { customerByVisit } from '../../../src/core/selectors.ts';
import { advance, advanceBy, begin, eventsOf, makeLevel } from './fixtures.ts';

const stock: PreparationTask = {
  id: 'stock',
  text: { en: 'Fill the shelf behind the desk' },
  seconds: 4,
  principle: 'prepare-workplace',
  satisfaction: 5,
  selfEsteem: 0,
  drainFactor: 0.5,
};
const breathe: PreparationTask = {
  id: 'breathe',
  text: { en: 'Take a breath and leave your worries at the door' },
  seconds: 3,
  principle: 'prepare-mind',
  satisfaction: 0,
  selfEsteem: 6,
  drainFactor: 1,
};

function preparedLevel(): Level {
  return { ...makeLevel(), preparation: { seconds: 5, tasks: [stock, breathe] } };
}

it('holds the shift until the desk opens: no arrivals and no shift time while preparing', () => {
  const level = preparedLevel();
  const run = advanceBy(level, begin(level), 30 * 2);
  expect(run.state.customers).toEqual([]);
  expect(run.state.time).toBe(0);
  expect(run.state.preparation).toMatchObject({ open: false, ticks: 60 });
  expect(run.state.preparation.remaining).toBeCloseTo(3, 5);
});

it('does a task within the budget, refuses one that does not fit, and opens on request', () => {
  const level = preparedLevel();
  let run = advance(level, begin(level), [{ type: 'prepare', taskId: 'stock' }]);
  expect(run.state.preparation.done).toEqual(['stock']);
  run = advance(level, run, [{ type: 'prepare', taskId: 'breathe' }, { type: 'call-next' }]);
  expect(eventsOf(run.events, 'intent_rejected').map((e) => e.reason)).toEqual([
    REJECT_REASONS.noTimeLeft,
    REJECT_REASONS.notOpen,
  ]);
  run = advance(level, run, [{ type: 'open-desk' }]);
  const [opened] = eventsOf(run.events, 'desk_opened');
  expect(opened).toMatchObject({
    honours: ['prepare-workplace'],
    breaks: ['prepare-mind'],
    skipped: ['breathe'],
  });
  expect(run.state.preparation.open).toBe(true);
});

it('gives every customer of the shift what the tasks done are worth', () => {
  const level = preparedLevel();
  let run = advance(level, begin(level), [
    { type: 'prepare', taskId: 'stock' },
    { type: 'open-desk' },
  ]);
  run = advanceBy(level, run, 31);
  const anna = customerByVisit(run.state, 'anna#0');
  expect(anna?.meters.satisfaction).toBe(55);
  // Half the drain over about one second of waiting.
  expect(100 - (anna?.meters.patience ?? 0)).toBeCloseTo(0.5, 1);
});

it('opens by itself when the time is up, every task then counted as skipped', () => {
  const level = preparedLevel();
  const run = advanceBy(level, begin(level), 30 * 6);
  expect(eventsOf(run.events, 'desk_opened')[0]?.skipped).toEqual(['stock', 'breathe']);
  expect(run.state.customers.length).toBeGreaterThan(0);
});

it('counts the tasks in the best achievable score', () => {
  expect(bestAchievableScore(preparedLevel())).toBeGreaterThan(bestAchievableScore(makeLevel()));
});

it('replays a shift with preparation exactly the same', () => {
  const level = preparedLevel();
  const log = [
    { tick: 3, intent: { type: 'prepare', taskId: 'breathe' } },
    { tick: 10, intent: { type: 'open-desk' } },
    { tick: 15, intent: { type: 'call-next' } },
    { tick: 20, intent: { type: 'choose', choiceId: 'warm' } },
    { tick: 25, intent: { type: 'choose', choiceId: 'thank' } },
  ] as const;
  const first = replay(level, log);
  expect(first.state.finished).toBe(true);
  expect(replay(level, log)).toEqual(first);
  expect(eventsOf(first.events, 'desk_opened')[0]?.honours).toEqual(['prepare-mind']);
});
