import { expect, it } from 'vitest';
import { buildDebrief, principleTallies } from '../../../src/debrief/build.ts';
import { SOURCE_DOCUMENTS } from '../../../src/core/principles.ts';
import { debriefLevel, playedAttempt } from './fixtures.ts';

const byName = (name: string) => {
  const debrief = buildDebrief(debriefLevel(), playedAttempt());
  const customer = debrief.customers.find((c) => c.name === name);
  if (!customer) throw new Error(`no ${name}`);
  return customer;
};

it('gives every customer their outcome and points', () => {
  const debrief = buildDebrief(debriefLevel(), playedAttempt());
  expect(debrief.customers.map((c) => [c.name, c.outcome])).toEqual([
    ['Anna', 'delighted'],
    ['Bob', 'upset'],
    ['Cara', 'walked-out'],
  ]);
  expect(debrief.customers.find((c) => c.name === 'Cara')?.points).toBe(-100);
});

it('lists only the key answers in training mode: the biggest effect and every broken principle', () => {
  const anna = byName('Anna');
  expect(anna.choiceCount).toBe(2);
  expect(anna.choices.map((c) => c.choiceId)).toEqual(['warm']);
  expect(anna.choices[0]).toMatchObject({ mostConsequential: true, brokePrinciple: false });
  const bob = byName('Bob');
  expect(bob.choices.map((c) => [c.choiceId, c.brokePrinciple])).toEqual([['curt', true]]);
  expect(bob.choices[0]?.delta).toEqual({ satisfaction: -30, selfEsteem: -30 });
});

it('lists every answer with its feedback in challenge mode', () => {
  const debrief = buildDebrief(debriefLevel(), playedAttempt('challenge'));
  expect(debrief.listsEveryChoice).toBe(true);
  const anna = debrief.customers.find((c) => c.name === 'Anna');
  expect(anna?.choices.map((c) => c.choiceId)).toEqual(['warm', 'thank']);
  expect(anna?.choices.map((c) => c.feedback?.en)).toEqual([
    'Feedback for warm',
    'Feedback for thank',
  ]);
});

it('notices a customer who waited too long without a nod', () => {
  expect(byName('Bob').feltIgnored).toBe(true);
  expect(byName('Anna').feltIgnored).toBe(false);
});

it('estimates when a walk-out left from their patience', () => {
  const cara = byName('Cara');
  expect(cara.arrivedAt).toBe(2);
  // Patience 8 draining 1 per second, never acknowledged.
  expect(cara.leftAt).toBeCloseTo(10, 5);
});

it('counts principles, broken ones first, each with its source document', () => {
  const principles = principleTallies(playedAttempt());
  expect(principles.map((p) => [p.id, p.honoured, p.broken])).toEqual([
    ['sin-red-alert', 0, 1],
    // Ties keep the training documents' order.
    ['greet-fast', 1, 0],
    ['thank', 1, 0],
    ['empathy', 1, 0],
  ]);
  expect(principles[0]?.sourceFile).toBe('004_223c0e99a349c1fd.txt');
  expect(principles[0]?.sourceTitle).toBe(SOURCE_DOCUMENTS['004_223c0e99a349c1fd.txt']);
});

it('keeps an unknown principle id with no source instead of dropping it', () => {
  const attempt = playedAttempt();
  const principles = principleTallies({
    ...attempt,
    principles: { honoured: { 'made-up': 2 }, broken: {} },
  });
  expect(principles).toEqual([
    { id: 'made-up', honoured: 2, broken: 0, sourceFile: undefined, sourceTitle: undefined },
  ]);
});

it('still lists an answer the level no longer has, without its text', () => {
  const attempt = playedAttempt();
  const bob = attempt.customers[1];
  if (!bob) throw new Error('no Bob');
  const renamed = {
    ...attempt,
    customers: [
      attempt.customers[0]!,
      { ...bob, choices: bob.choices.map((c) => ({ ...c, choiceId: 'gone' })) },
    ],
  };
  const debriefed = buildDebrief(debriefLevel(), renamed).customers[1];
  expect(debriefed?.choices).toHaveLength(1);
  expect(debriefed?.choices[0]).toMatchObject({ choiceId: 'gone', text: null, delta: null });
});

it('names what went well', () => {
  const debrief = buildDebrief(debriefLevel(), playedAttempt());
  expect(debrief.strengths[0]).toEqual({ kind: 'delighted', names: ['Anna'] });
  expect(debrief.strengths.some((s) => s.kind === 'no-walk-outs')).toBe(false);
  expect(debrief.strengths.length).toBeLessThanOrEqual(3);
});
