import { expect, it } from 'vitest';
import { memoriesFor } from '../../../src/state/memories.ts';
import { makeAttempt, uuid } from '../scores/fixtures.ts';

const visit = (name: string, outcome: 'delighted' | 'upset' | 'walked-out') => ({
  visitId: `${name}#0`,
  name,
  outcome,
  points: 0,
  choices: [],
});

it('remembers the latest earlier visit of each customer, for the active player only', () => {
  const attempts = [
    makeAttempt({
      id: uuid(1),
      levelId: 'first-shift',
      finishedAt: '2026-01-01T10:00:00.000Z',
      customers: [visit('Anna Berg', 'upset'), visit('Jonas', 'delighted')],
    }),
    makeAttempt({
      id: uuid(2),
      levelId: 'lunch-rush',
      finishedAt: '2026-01-02T10:00:00.000Z',
      customers: [visit('Anna Berg', 'delighted')],
    }),
    makeAttempt({
      id: uuid(3),
      levelId: 'first-shift',
      profileId: uuid(9),
      finishedAt: '2026-01-03T10:00:00.000Z',
      customers: [visit('Jonas', 'walked-out')],
    }),
  ];
  expect(memoriesFor(attempts, uuid(1), 'the-regulars')).toEqual({
    'Anna Berg': 'delighted',
    Jonas: 'delighted',
  });
  // Replaying a level does not count as an earlier visit.
  expect(memoriesFor(attempts, uuid(1), 'lunch-rush')).toEqual({
    'Anna Berg': 'upset',
    Jonas: 'delighted',
  });
  expect(memoriesFor(attempts, null, 'x')).toEqual({});
});
