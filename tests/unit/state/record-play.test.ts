import { IDBFactory } from 'fake-indexeddb';
import { expect, it } from 'vitest';
import { createSessionStore } from '../../../src/state/session-store.ts';
import { NO_PLAYER_ID, recordPlay } from '../../../src/state/record-play.ts';
import { createScoresStore, type ScoresStore } from '../../../src/state/scores-store.ts';
import { openIndexedDbScoresPort } from '../../../src/storage/scores/indexeddb-port.ts';
import type { ScoresPort } from '../../../src/storage/scores/port.ts';
import { steppingEnvironment } from '../scores/fixtures.ts';
import { smallLevel } from './small-level.ts';

/** Plays the small level to its end without answering anyone (everyone walks out). */
function finishedPlay() {
  const session = createSessionStore(smallLevel());
  for (let i = 0; i < 2000 && !session.getState().sim.finished; i += 1) {
    session.getState().advance(0.25);
  }
  const { level, sim, history } = session.getState();
  expect(sim.finished).toBe(true);
  return { level, sim, history };
}

const port = (): Promise<ScoresPort> =>
  openIndexedDbScoresPort({ factory: new IDBFactory(), environment: steppingEnvironment() });

async function settled(scores: ScoresStore, id: string): Promise<void> {
  await new Promise<void>((resolve) => {
    const check = () =>
      scores.getState().saves[id] !== undefined && scores.getState().saves[id] !== 'saving';
    if (check()) return resolve();
    const stop = scores.subscribe(() => {
      if (check()) {
        stop();
        resolve();
      }
    });
  });
}

it('records the play for the active player, with its mode and every customer', async () => {
  const scores = createScoresStore(port());
  await scores.getState().load('Player 1');
  const { level, sim, history } = finishedPlay();
  const attempt = recordPlay(scores, level, sim, history, {
    mode: 'challenge',
    startedAt: new Date('2026-01-01T10:00:00Z'),
  });
  await settled(scores, attempt.id);
  const [stored] = scores.getState().attempts;
  expect(stored?.id).toBe(attempt.id);
  expect(stored?.profileId).toBe(scores.getState().activeProfileId);
  expect(stored?.mode).toBe('challenge');
  expect(stored?.customers).toHaveLength(level.shift.arrivals.length);
  expect(stored?.outcomes.walkedOut).toBe(level.shift.arrivals.length);
});

it('waits for storage that is still opening, then saves under the active player', async () => {
  const scores = createScoresStore(port());
  const { level, sim, history } = finishedPlay();
  const attempt = recordPlay(scores, level, sim, history, {
    mode: 'training',
    startedAt: new Date(),
  });
  expect(attempt.profileId).toBe(NO_PLAYER_ID);
  await scores.getState().load('Player 1');
  await settled(scores, attempt.id);
  expect(scores.getState().attempts.map((a) => a.profileId)).toEqual([
    scores.getState().activeProfileId,
  ]);
});

it('still returns the attempt for the debrief when scores cannot be kept', async () => {
  const scores = createScoresStore(Promise.reject(new Error('no storage')));
  await scores.getState().load('Player 1');
  const { level, sim, history } = finishedPlay();
  const attempt = recordPlay(scores, level, sim, history, {
    mode: 'training',
    startedAt: new Date(),
  });
  expect(attempt.levelId).toBe(level.id);
  expect(attempt.meterTrace.length).toBeGreaterThan(0);
  expect(scores.getState().saves).toEqual({});
});
