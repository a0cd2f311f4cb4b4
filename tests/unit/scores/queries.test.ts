import { expect, it } from 'vitest';
import {
  bestStarsByLevel,
  personalBest,
  topScores,
  unlockedLevels,
} from '../../../src/storage/scores/queries.ts';
import { makeAttempt, makeProfile, uuid } from './fixtures.ts';

const ada = makeProfile({ id: uuid(1), name: 'Ada' });
const bo = makeProfile({ id: uuid(2), name: 'Bo' });

it('ranks by score, then stars, then whoever finished first', () => {
  const attempts = [
    makeAttempt({ id: uuid(10), score: 100, stars: 1, finishedAt: '2025-03-01T10:00:00.000Z' }),
    makeAttempt({ id: uuid(11), score: 150, stars: 2, finishedAt: '2025-03-02T10:00:00.000Z' }),
    makeAttempt({ id: uuid(12), score: 150, stars: 3, finishedAt: '2025-03-03T10:00:00.000Z' }),
    // Same score and stars as uuid(11) but earlier (given with an offset): ranks above it.
    makeAttempt({
      id: uuid(13),
      profileId: bo.id,
      score: 150,
      stars: 2,
      finishedAt: '2025-03-02T11:00:00.000+02:00',
    }),
  ];
  const board = topScores(attempts, [ada, bo], 'first-shift');
  expect(board.map((entry) => entry.attempt.id)).toEqual([uuid(12), uuid(13), uuid(11), uuid(10)]);
  expect(board.map((entry) => entry.rank)).toEqual([1, 2, 3, 4]);
  expect(board.map((entry) => entry.playerName)).toEqual(['Ada', 'Bo', 'Ada', 'Ada']);
});

it('keeps only the top ten of the requested level', () => {
  const attempts = Array.from({ length: 14 }, (_, n) =>
    makeAttempt({ id: uuid(100 + n), score: n * 10 }),
  );
  attempts.push(makeAttempt({ id: uuid(999), levelId: 'other', score: 10_000 }));
  const board = topScores(attempts, [ada], 'first-shift');
  expect(board).toHaveLength(10);
  expect(board[0]?.attempt.score).toBe(130);
  expect(board[9]?.attempt.score).toBe(40);
  expect(board.some((entry) => entry.attempt.levelId === 'other')).toBe(false);
});

it('shows a null name for an attempt whose profile is unknown', () => {
  const board = topScores([makeAttempt({ profileId: uuid(77) })], [ada], 'first-shift');
  expect(board[0]?.playerName).toBeNull();
});

it('finds a personal best with the leaderboard order and ignores other players', () => {
  const attempts = [
    makeAttempt({ id: uuid(10), score: 90, finishedAt: '2025-03-01T10:00:00.000Z' }),
    makeAttempt({ id: uuid(11), score: 120, finishedAt: '2025-03-02T10:00:00.000Z' }),
    makeAttempt({ id: uuid(12), score: 120, finishedAt: '2025-03-03T10:00:00.000Z' }),
    makeAttempt({ id: uuid(13), profileId: bo.id, score: 500 }),
  ];
  expect(personalBest(attempts, ada.id, 'first-shift')?.id).toBe(uuid(11));
  expect(personalBest(attempts, ada.id, 'other')).toBeUndefined();
});

it('collects the most stars per level for one player', () => {
  const attempts = [
    makeAttempt({ id: uuid(10), levelId: 'a', stars: 1 }),
    makeAttempt({ id: uuid(11), levelId: 'a', stars: 3 }),
    makeAttempt({ id: uuid(12), levelId: 'a', stars: 2 }),
    makeAttempt({ id: uuid(13), levelId: 'b', stars: 0 }),
    makeAttempt({ id: uuid(14), levelId: 'c', stars: 3, profileId: bo.id }),
  ];
  expect(bestStarsByLevel(attempts, ada.id)).toEqual({ a: 3, b: 0 });
});

it('always opens the first level and opens each next one at one star on the previous', () => {
  const order = ['one', 'two', 'three', 'four'];
  expect(unlockedLevels(order, {})).toEqual(['one']);
  expect(unlockedLevels(order, { one: 0 })).toEqual(['one']);
  expect(unlockedLevels(order, { one: 1 })).toEqual(['one', 'two']);
  expect(unlockedLevels(order, { one: 3, two: 2 })).toEqual(['one', 'two', 'three']);
  expect(unlockedLevels(order, { one: 3, two: 0 })).toEqual(['one', 'two']);
  expect(unlockedLevels([], {})).toEqual([]);
});

it('keeps a level open that already has stars, even after the campaign order changed', () => {
  expect(unlockedLevels(['one', 'two', 'three'], { three: 1 })).toEqual(['one', 'three']);
});
