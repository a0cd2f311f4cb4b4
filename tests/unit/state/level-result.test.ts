import { expect, it } from 'vitest';
import { createSessionStore } from '../../../src/state/session-store.ts';
import { levelResultOf } from '../../../src/state/level-result.ts';
import { smallLevel } from './small-level.ts';

function playWith(answers: readonly (readonly string[])[]) {
  const level = smallLevel();
  const store = createSessionStore(level);
  const run = (seconds: number) => {
    for (let i = 0; i < seconds * 30; i += 1) store.getState().advance(1 / 30);
  };
  run(2);
  for (const visit of answers) {
    store.getState().callNext();
    run(1);
    for (const choiceId of visit) {
      store.getState().choose(choiceId);
      run(1);
    }
  }
  const { sim, answers: given } = store.getState();
  return levelResultOf(level, sim, given);
}

it('counts outcomes, score and stars of a finished shift', () => {
  const result = playWith([
    ['warm', 'thanks'],
    ['cold', 'nothing'],
  ]);
  expect(result.served).toBe(2);
  expect(result.walkedOut).toBe(0);
  expect(Object.values(result.outcomes).reduce((a, b) => a + b, 0)).toBe(2);
  expect(result.score).toBeGreaterThan(0);
  expect(result.stars).toBeGreaterThanOrEqual(0);
  expect(result.stars).toBeLessThanOrEqual(3);
});

it('tallies principles, most broken first', () => {
  const result = playWith([
    ['cold', 'nothing'],
    ['warm', 'thanks'],
  ]);
  expect(result.principles.slice(0, 2).map((p) => p.broken)).toEqual([1, 1]);
  expect(result.principles.find((p) => p.id === 'greet-fast')).toEqual({
    id: 'greet-fast',
    honoured: 1,
    broken: 0,
  });
});
