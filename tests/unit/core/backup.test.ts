import { expect, it } from 'vitest';
import { REJECT_REASONS } from '../../../src/core/reject-reasons.ts';
import { customerByVisit } from '../../../src/core/selectors.ts';
import type { Level } from '../../../src/core/level.ts';
import { advance, advanceBy, begin, eventsOf, makeLevel, profile } from './fixtures.ts';

/** `count` customers at once, and a colleague who serves one every 2 s for 5 s, twice a shift. */
function crowdedLevel(count = 4): Level {
  return {
    ...makeLevel({
      customers: [profile('anna')],
      arrivals: Array.from({ length: count }, () => ({ at: 0, customer: 'anna' })),
    }),
    backup: { uses: 2, durationSeconds: 5, serveSeconds: 2 },
  };
}

it('opens the second desk, serves the front of the queue every serveSeconds, then closes', () => {
  const level = crowdedLevel();
  let run = advance(level, begin(level));
  run = advance(level, run, [{ type: 'call-backup' }]);
  expect(eventsOf(run.events, 'backup_started')).toHaveLength(1);
  expect(run.state.backup.usesLeft).toBe(1);
  run = advanceBy(level, run, 30 * 6);
  const served = eventsOf(run.events, 'served');
  expect(served.map((e) => e.visitId)).toEqual(['anna#0', 'anna#1']);
  expect(served.every((e) => e.by === 'colleague')).toBe(true);
  expect(eventsOf(run.events, 'backup_ended')).toHaveLength(1);
  expect(run.state.backup.activeUntil).toBeNull();
  expect(run.state.queue).toEqual(['anna#2', 'anna#3']);
});

it('serves them as they are: points from the meters waiting left them', () => {
  const level = crowdedLevel();
  let run = advance(level, begin(level), []);
  run = advance(level, run, [{ type: 'call-backup' }]);
  run = advanceBy(level, run, 61);
  const anna = customerByVisit(run.state, 'anna#0');
  expect(anna).toMatchObject({ phase: 'served', outcome: 'neutral' });
  expect(run.state.score).toBe(anna?.points);
});

it('refuses a second call while open, and any call once used up or in a level without one', () => {
  const level = crowdedLevel(8);
  let run = advance(level, begin(level));
  run = advance(level, run, [{ type: 'call-backup' }, { type: 'call-backup' }]);
  expect(eventsOf(run.events, 'intent_rejected').map((e) => e.reason)).toEqual([
    REJECT_REASONS.backupBusy,
  ]);
  run = advanceBy(level, run, 30 * 6);
  run = advance(level, run, [{ type: 'call-backup' }]);
  run = advanceBy(level, run, 30 * 6);
  run = advance(level, run, [{ type: 'call-backup' }]);
  expect(eventsOf(run.events, 'intent_rejected').at(-1)?.reason).toBe(REJECT_REASONS.noBackupLeft);

  const plain = makeLevel();
  const none = advance(plain, begin(plain), [{ type: 'call-backup' }]);
  expect(eventsOf(none.events, 'intent_rejected')[0]?.reason).toBe(REJECT_REASONS.noBackupLeft);
});

it('lets the queue empty faster than the desk alone', () => {
  const level = crowdedLevel();
  const alone = advanceBy(level, begin(level), 30 * 5);
  let helped = advance(level, begin(level), [{ type: 'call-backup' }]);
  helped = advanceBy(level, helped, 30 * 5 - 1);
  expect(helped.state.queue.length).toBeLessThan(alone.state.queue.length);
});
