/**
 * Turns a finished play into the attempt the score store keeps, and starts saving it for the
 * active player. The attempt is returned at once, saved or not, so the level-end screen can
 * show the debrief even when no score can be kept.
 */
import type { Level } from '../core/level.ts';
import type { SimEvent, SimState } from '../core/types.ts';
import { attemptFromRun } from '../storage/scores/attempt-from-run.ts';
import type { Attempt, AttemptMode } from '../storage/scores/model.ts';
import type { ScoresStore } from './scores-store.ts';

/** Stands in for the player when scores are not kept: the attempt is shown, never stored. */
export const NO_PLAYER_ID = '00000000-0000-4000-8000-000000000000';

/** How the play went outside the simulation. */
export interface PlayInfo {
  readonly mode: AttemptMode;
  readonly startedAt: Date;
  /** Defaults to now. */
  readonly finishedAt?: Date;
  /** Defaults to `crypto.randomUUID()`. */
  readonly id?: string;
}

/**
 * Builds the attempt for the active player and records it (in the background; the scores
 * store tracks the save in `saves[attempt.id]`), waiting for the store if it is still opening.
 * Without an active player, or when scores cannot be kept, nothing is stored.
 */
export function recordPlay(
  scores: ScoresStore,
  level: Level,
  finalState: SimState,
  events: readonly SimEvent[],
  info: PlayInfo,
): Attempt {
  const { activeProfileId, status } = scores.getState();
  const attempt = attemptFromRun(level, finalState, events, {
    id: info.id ?? crypto.randomUUID(),
    profileId: (status === 'ready' ? activeProfileId : null) ?? NO_PLAYER_ID,
    mode: info.mode,
    startedAt: info.startedAt,
    finishedAt: info.finishedAt ?? new Date(),
  });
  const save = (profileId: string | null): void => {
    if (profileId === null) return;
    // A failure is kept in the store's `saves` and `error` for the level-end screen.
    scores
      .getState()
      .recordAttempt({ ...attempt, profileId })
      .catch(() => undefined);
  };
  if (status === 'ready') save(activeProfileId);
  else if (status === 'loading') {
    // A play can end before slow storage has opened: save it as soon as it has.
    const unsubscribe = scores.subscribe((state) => {
      if (state.status === 'loading') return;
      unsubscribe();
      if (state.status === 'ready') save(state.activeProfileId);
    });
  }
  return attempt;
}
