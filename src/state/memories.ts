/**
 * What customers remember of earlier levels, for the simulation: for the active player, how
 * each customer (by name) left the most recent earlier play of another level in which they
 * were served. Pure, from the recorded attempts.
 */
import type { RememberedOutcome } from '../core/types.ts';
import type { Attempt } from '../storage/scores/model.ts';
import { compareAttemptsByTime } from '../storage/scores/queries.ts';

/** Memories for a play of `levelId` by `profileId`. */
export function memoriesFor(
  attempts: readonly Attempt[],
  profileId: string | null,
  levelId: string,
): Record<string, RememberedOutcome> {
  const memories: Record<string, RememberedOutcome> = {};
  if (profileId === null) return memories;
  const earlier = attempts
    .filter((attempt) => attempt.profileId === profileId && attempt.levelId !== levelId)
    .sort(compareAttemptsByTime);
  // Oldest first, so the latest visit of each customer wins.
  for (const attempt of earlier) {
    for (const customer of attempt.customers) memories[customer.name] = customer.outcome;
  }
  return memories;
}
