import { expect, it } from 'vitest';
import type { Distraction, Level } from '../../../src/core/level.ts';
import { PRIORITIES_PRINCIPLE } from '../../../src/core/distractions.ts';
import { REJECT_REASONS } from '../../../src/core/reject-reasons.ts';
import { customerByVisit } from '../../../src/core/selectors.ts';
import { advance, advanceBy, begin, eventsOf, makeLevel, profile } from './fixtures.ts';

function levelWith(...distractions: Distraction[]): Level {
  return {
    ...makeLevel({
      customers: [profile('anna', { patience: 100, drainPerSecond: 0.1 })],
      arrivals: [{ at: 0, customer: 'anna' }],
    }),
    distractions,
  };
}

const chat: Distraction = {
  id: 'chat',
  at: 1,
  kind: 'colleague',
  text: { en: 'A colleague wants to talk about the weekend.' },
  lastsSeconds: 4,
  urgent: false,
};
const courier: Distraction = { ...chat, id: 'courier', kind: 'phone', urgent: true };

it('starts at its time and goes away by itself: letting a chat pass is right', () => {
  const level = levelWith(chat);
  const run = advanceBy(level, begin(level), 30 * 6);
  expect(eventsOf(run.events, 'distraction_started').map((e) => e.distractionId)).toEqual(['chat']);
  const [resolved] = eventsOf(run.events, 'distraction_resolved');
  expect(resolved).toMatchObject({ how: 'ignored', honours: [], breaks: [] });
  expect(run.state.activeDistractions).toEqual([]);
});

it('attending to a chat while someone waits costs them satisfaction and names the sin', () => {
  const level = levelWith(chat);
  let run = advanceBy(level, begin(level), 31);
  expect(run.state.activeDistractions).toEqual(['chat']);
  const before = customerByVisit(run.state, 'anna#0')?.meters.satisfaction ?? 0;
  run = advance(level, run, [{ type: 'attend', distractionId: 'chat' }]);
  const after = customerByVisit(run.state, 'anna#0')?.meters.satisfaction ?? 0;
  expect(before - after).toBe(level.rules.distractionPenalty);
  expect(eventsOf(run.events, 'distraction_resolved').at(-1)).toMatchObject({
    how: 'attended',
    breaks: [PRIORITIES_PRINCIPLE],
  });
});

it('attending with nobody waiting does no harm', () => {
  const level = {
    ...levelWith({ ...chat, at: 0.5 }),
    shift: { ...levelWith().shift, arrivals: [{ at: 5, customer: 'anna' }] },
  };
  let run = advanceBy(level, begin(level), 16);
  run = advance(level, run, [{ type: 'attend', distractionId: 'chat' }]);
  expect(eventsOf(run.events, 'distraction_resolved').at(-1)).toMatchObject({ breaks: [] });
});

it('an urgent call must be answered: answering honours reliability, missing it costs points', () => {
  const level = levelWith(courier);
  let answered = advanceBy(level, begin(level), 31);
  answered = advance(level, answered, [{ type: 'attend', distractionId: 'courier' }]);
  expect(eventsOf(answered.events, 'distraction_resolved').at(-1)).toMatchObject({
    how: 'attended',
    honours: ['reliability'],
  });
  expect(answered.state.adjustment).toBe(0);

  const missed = advanceBy(level, begin(level), 30 * 6);
  expect(eventsOf(missed.events, 'distraction_resolved').at(-1)).toMatchObject({
    how: 'missed',
    breaks: [PRIORITIES_PRINCIPLE],
  });
  expect(missed.state.adjustment).toBe(-level.rules.missedUrgentPenalty);
});

it('refuses to attend to a distraction that is not going on', () => {
  const level = levelWith(chat);
  const run = advance(level, begin(level), [{ type: 'attend', distractionId: 'chat' }]);
  expect(eventsOf(run.events, 'intent_rejected')[0]?.reason).toBe(REJECT_REASONS.noSuchDistraction);
});
