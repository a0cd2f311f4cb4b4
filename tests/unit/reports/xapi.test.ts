import { expect, it } from 'vitest';
import { attemptsToXapi, isoDuration, scaledScore } from '../../../src/reports/xapi.ts';
import type { XapiStatement } from '../../../src/reports/xapi-types.ts';
import { makeAttempt, makeProfile, uuid } from '../scores/fixtures.ts';
import { xapiProblems } from './xapi-validator.ts';

const HOME = 'https://training.example.com';
const BASE = 'https://frontdesk.example/xapi';

function ids(start = 9000): () => string {
  let next = start;
  return () => uuid(next++);
}

function statements(attempts = [makeAttempt()], options = {}): XapiStatement[] {
  return attemptsToXapi(attempts, [makeProfile({ name: 'Ada' })], {
    homePage: HOME,
    platform: 'Front Desk',
    levelTitles: { 'first-shift': 'First shift' },
    randomUUID: ids(),
    ...options,
  });
}

it('writes attempted, one answered per choice, completed and passed, in that order', () => {
  const result = statements();
  expect(result.map((s) => s.verb.id)).toEqual([
    'http://adlnet.gov/expapi/verbs/attempted',
    'http://adlnet.gov/expapi/verbs/answered',
    'http://adlnet.gov/expapi/verbs/answered',
    'http://adlnet.gov/expapi/verbs/completed',
    'http://adlnet.gov/expapi/verbs/passed',
  ]);
  expect(result.map((s) => s.verb.display)).toContainEqual({ 'en-US': 'answered' });
  expect(result.map((s) => s.id)).toEqual([
    uuid(9000),
    uuid(9001),
    uuid(9002),
    uuid(9003),
    uuid(9004),
  ]);
});

it('produces statements that pass the xAPI 1.0.3 checks', () => {
  const attempts = [
    makeAttempt(),
    makeAttempt({ id: uuid(1001), stars: 0, score: 0, durationSeconds: 3725.25 }),
    makeAttempt({
      id: uuid(1002),
      score: 250,
      maxScore: 200,
      startedAt: '2025-03-01T12:00:00+02:00',
    }),
  ];
  for (const statement of statements(attempts)) expect(xapiProblems(statement)).toEqual([]);
});

it('the validator catches malformed statements', () => {
  const [good] = statements();
  const broken = {
    ...good,
    id: 'not-a-uuid',
    timestamp: '01/03/2025',
    verb: { id: 'answered', display: {} },
    result: { score: { scaled: 1.5, raw: 5, min: 0, max: 1 }, duration: '83.4s' },
  };
  expect(xapiProblems(broken)).toEqual(
    expect.arrayContaining([
      'id: not a UUID v4',
      'timestamp: not ISO 8601',
      'verb.id: not an IRI',
      'result.score.scaled: not in [-1, 1]',
      'result.score.raw: outside min..max',
      'result.duration: 83.4s is not an ISO 8601 duration',
    ]),
  );
});

it('identifies the player by account and groups an attempt by registration', () => {
  const result = statements();
  for (const statement of result) {
    expect(statement.actor).toEqual({
      objectType: 'Agent',
      name: 'Ada',
      account: { homePage: HOME, name: uuid(1) },
    });
    expect(statement.context).toMatchObject({
      registration: uuid(1000),
      platform: 'Front Desk',
      language: 'en-US',
    });
    expect(statement.version).toBe('1.0.3');
  }
  expect(result[0]?.object).toEqual({
    objectType: 'Activity',
    id: `${BASE}/levels/first-shift`,
    definition: {
      name: { 'en-US': 'First shift' },
      type: 'http://adlnet.gov/expapi/activities/simulation',
    },
  });
});

it('records each answer with its node, response and principles, dated within the attempt', () => {
  const [, first, second] = statements();
  expect(first?.object.id).toBe(`${BASE}/levels/first-shift/nodes/hello`);
  expect(second?.object.id).toBe(`${BASE}/levels/first-shift/dialogues/alma-talk/nodes/need`);
  expect(second?.result).toEqual({
    response: 'listen',
    extensions: {
      [`${BASE}/extensions/principles-honoured`]: ['greet-fast', 'empathy'],
      [`${BASE}/extensions/principles-broken`]: ['sin-autopilot'],
    },
  });
  expect(second?.context.contextActivities.parent?.[0]?.id).toBe(`${BASE}/levels/first-shift`);
  expect(first?.timestamp).toBe('2025-03-01T10:00:04.500Z');
  expect(second?.timestamp).toBe('2025-03-01T10:00:09.000Z');
});

it('scores with scaled, raw, min and max, and marks success by stars', () => {
  const passed = statements().at(-1);
  expect(passed?.result).toEqual({
    score: { scaled: 0.6, raw: 120, min: 0, max: 200 },
    success: true,
    completion: true,
    duration: 'PT1M23.4S',
  });
  const failed = statements([makeAttempt({ stars: 0, score: 10 })]).at(-1);
  expect(failed?.verb.id).toBe('http://adlnet.gov/expapi/verbs/failed');
  expect(failed?.result?.success).toBe(false);
  expect(failed?.timestamp).toBe('2025-03-01T10:03:00.000Z');
});

it('writes ISO 8601 durations and clamps the scaled score', () => {
  expect(isoDuration(83.4)).toBe('PT1M23.4S');
  expect(isoDuration(0)).toBe('PT0S');
  expect(isoDuration(3600)).toBe('PT1H');
  expect(isoDuration(3725.25)).toBe('PT1H2M5.25S');
  expect(isoDuration(59.999)).toBe('PT1M');
  expect(scaledScore(120, 200)).toBe(0.6);
  expect(scaledScore(250, 200)).toBe(1);
  expect(scaledScore(-5, 200)).toBe(0);
  expect(scaledScore(10, 0)).toBe(0);
});

it('uses fresh random UUIDs by default', () => {
  const result = attemptsToXapi([makeAttempt()], [], { homePage: HOME });
  const unique = new Set(result.map((s) => s.id));
  expect(unique.size).toBe(result.length);
  expect(result[0]?.actor).not.toHaveProperty('name');
  for (const statement of result) expect(xapiProblems(statement)).toEqual([]);
});
