import { expect, it } from 'vitest';
import { chooseTips } from '../../../src/debrief/advice.ts';
import { buildDebrief } from '../../../src/debrief/build.ts';
import type { CustomerDebrief } from '../../../src/debrief/types.ts';
import { debriefLevel, playedAttempt } from './fixtures.ts';

function customer(name: string, overrides: Partial<CustomerDebrief> = {}): CustomerDebrief {
  return {
    visitId: `${name.toLowerCase()}#0`,
    name,
    outcome: 'satisfied',
    points: 100,
    arrivedAt: 0,
    leftAt: 10,
    feltIgnored: false,
    choices: [],
    choiceCount: 1,
    ...overrides,
  };
}

it('ranks tips by cost: walk-outs, then the costliest broken principle, then upset customers', () => {
  const debrief = buildDebrief(debriefLevel(), playedAttempt());
  expect(debrief.tips.map((tip) => tip.kind)).toEqual(['walk-outs', 'broken-principle', 'upset']);
  expect(debrief.tips[0]).toMatchObject({ kind: 'walk-outs', names: ['Cara'] });
  expect(debrief.tips[1]).toMatchObject({ principleId: 'sin-red-alert', count: 1, names: ['Bob'] });
});

it('gives at most three tips, at most two of them about single principles', () => {
  const level = debriefLevel();
  const attempt = {
    ...playedAttempt(),
    principles: { honoured: {}, broken: { 'sin-red-alert': 3, 'sin-autopilot': 2, thank: 1 } },
  };
  const breaker = (id: string, loss: number) => ({
    nodeId: 'n',
    choiceId: id,
    t: 1,
    text: null,
    feedback: null,
    delta: { satisfaction: -loss, selfEsteem: 0 },
    honours: [],
    breaks: [id],
    mostConsequential: false,
    brokePrinciple: true,
  });
  const customers = [
    customer('Dan', {
      choices: [breaker('sin-red-alert', 50), breaker('sin-autopilot', 40), breaker('thank', 30)],
    }),
  ];
  const tips = chooseTips(level, attempt, customers);
  expect(tips).toHaveLength(2);
  expect(tips.map((tip) => (tip.kind === 'broken-principle' ? tip.principleId : tip.kind))).toEqual(
    ['sin-red-alert', 'sin-autopilot'],
  );
});

it('tips about customers left waiting without a nod', () => {
  const attempt = { ...playedAttempt(), principles: { honoured: {}, broken: {} } };
  const tips = chooseTips(debriefLevel(), attempt, [
    customer('Eve', { feltIgnored: true }),
    customer('Finn'),
  ]);
  expect(tips[0]).toEqual({ kind: 'ignored', names: ['Eve'], cost: 10 });
});

it('falls back to general advice when nothing went wrong', () => {
  const attempt = { ...playedAttempt(), stars: 2, principles: { honoured: {}, broken: {} } };
  const tips = chooseTips(debriefLevel(), attempt, [customer('Gus')]);
  expect(tips.map((tip) => tip.kind)).toEqual(['aim-higher', 'try-challenge']);
  const perfect = chooseTips(debriefLevel(), { ...attempt, stars: 3, mode: 'challenge' }, [
    customer('Gus'),
  ]);
  expect(perfect).toEqual([]);
});
