import { expect, it } from 'vitest';
import { attemptsToJson } from '../../../src/reports/json.ts';
import { makeAttempt, makeProfile, uuid } from '../scores/fixtures.ts';

it('writes every attempt in full with the player name joined in', () => {
  const attempt = makeAttempt();
  const text = attemptsToJson(
    [attempt, makeAttempt({ id: uuid(2000), profileId: uuid(9) })],
    [makeProfile({ name: 'Ada' })],
    new Date('2025-04-01T12:00:00Z'),
  );
  const report = JSON.parse(text);
  expect(report).toMatchObject({
    format: 'front-desk-report',
    version: 1,
    generatedAt: '2025-04-01T12:00:00.000Z',
  });
  expect(report.attempts[0]).toEqual({ ...attempt, playerName: 'Ada' });
  expect(report.attempts[1].playerName).toBeNull();
  expect(text.endsWith('}\n')).toBe(true);
});
