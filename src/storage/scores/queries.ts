/**
 * Pure questions about stored scores: leaderboards, personal bests, stars, unlocks, and how two
 * stores merge on import. Used by both storage back ends and by the UI directly.
 */
import type { Attempt, Profile, ScoreStoreContents } from './model.ts';

/** Number of rows a leaderboard shows. */
export const LEADERBOARD_SIZE = 10;

/** One leaderboard row. */
export interface LeaderboardEntry {
  /** 1-based position; ties are broken (see {@link compareAttemptsForRanking}), so ranks are unique. */
  readonly rank: number;
  readonly attempt: Attempt;
  /** The player's current name, or `null` when the profile is unknown. */
  readonly playerName: string | null;
}

/**
 * Ranking order: higher score first, then more stars, then whoever finished earlier (the first
 * to reach a score keeps the place), then the id so the order is total and stable.
 */
export function compareAttemptsForRanking(a: Attempt, b: Attempt): number {
  return (
    b.score - a.score ||
    b.stars - a.stars ||
    Date.parse(a.finishedAt) - Date.parse(b.finishedAt) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Chronological order (by `finishedAt`, then id): the order `listAttempts` returns. */
export function compareAttemptsByTime(a: Attempt, b: Attempt): number {
  return (
    Date.parse(a.finishedAt) - Date.parse(b.finishedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Profiles in creation order (then by name): the order `listProfiles` returns. */
export function compareProfiles(a: Profile, b: Profile): number {
  return Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.name.localeCompare(b.name);
}

/** The best `limit` attempts on a level, all players together, with each player's name. */
export function topScores(
  attempts: readonly Attempt[],
  profiles: readonly Profile[],
  levelId: string,
  limit: number = LEADERBOARD_SIZE,
): LeaderboardEntry[] {
  const names = new Map(profiles.map((profile) => [profile.id, profile.name]));
  return attempts
    .filter((attempt) => attempt.levelId === levelId)
    .sort(compareAttemptsForRanking)
    .slice(0, Math.max(0, limit))
    .map((attempt, index) => ({
      rank: index + 1,
      attempt,
      playerName: names.get(attempt.profileId) ?? null,
    }));
}

/** A player's best attempt on a level (same order as the leaderboard), or `undefined`. */
export function personalBest(
  attempts: readonly Attempt[],
  profileId: string,
  levelId: string,
): Attempt | undefined {
  let best: Attempt | undefined;
  for (const attempt of attempts) {
    if (attempt.profileId !== profileId || attempt.levelId !== levelId) continue;
    if (best === undefined || compareAttemptsForRanking(attempt, best) < 0) best = attempt;
  }
  return best;
}

/** A player's most stars per level id; levels never played are absent. */
export function bestStarsByLevel(
  attempts: readonly Attempt[],
  profileId: string,
): Record<string, number> {
  const best: Record<string, number> = {};
  for (const attempt of attempts) {
    if (attempt.profileId !== profileId) continue;
    best[attempt.levelId] = Math.max(best[attempt.levelId] ?? 0, attempt.stars);
  }
  return best;
}

/**
 * Level ids the player may start, in campaign order. The first level is always open; each next
 * one opens once the previous has at least one star. A level the player already has stars on
 * stays open even if the campaign order changed since.
 */
export function unlockedLevels(
  campaignOrder: readonly string[],
  bestStars: Readonly<Record<string, number>>,
): string[] {
  return campaignOrder.filter((levelId, index) => {
    if (index === 0) return true;
    const previous = campaignOrder[index - 1];
    const starsOnPrevious = previous === undefined ? 0 : (bestStars[previous] ?? 0);
    return starsOnPrevious >= 1 || (bestStars[levelId] ?? 0) >= 1;
  });
}

/** What {@link mergeStores} produced and what it had to leave out. */
export interface MergeResult {
  readonly merged: ScoreStoreContents;
  /** Profiles from `incoming` that `existing` lacked. */
  readonly addedProfiles: readonly Profile[];
  /** Attempts from `incoming` that `existing` lacked. */
  readonly addedAttempts: readonly Attempt[];
  /** Incoming attempts already present (same id): nothing to do. */
  readonly skippedAttempts: number;
  /** Incoming attempts whose profile is in neither store: not added. */
  readonly orphanedAttempts: number;
}

/**
 * Union of two stores by id, for import and restore. Records never get overwritten: attempts
 * are immutable, and for a profile present on both sides the existing one (its current name)
 * wins. An incoming attempt whose player is unknown here brings its profile along. Merging the
 * same file twice adds nothing the second time.
 */
export function mergeStores(
  existing: ScoreStoreContents,
  incoming: ScoreStoreContents,
): MergeResult {
  const profiles = new Map(existing.profiles.map((profile) => [profile.id, profile]));
  const incomingProfiles = new Map(incoming.profiles.map((profile) => [profile.id, profile]));
  const attemptIds = new Set(existing.attempts.map((attempt) => attempt.id));
  const addedProfiles: Profile[] = [];
  const addedAttempts: Attempt[] = [];
  let skippedAttempts = 0;
  let orphanedAttempts = 0;

  const addProfile = (profile: Profile): void => {
    if (profiles.has(profile.id)) return;
    profiles.set(profile.id, profile);
    addedProfiles.push(profile);
  };

  for (const profile of incoming.profiles) addProfile(profile);
  for (const attempt of incoming.attempts) {
    if (attemptIds.has(attempt.id)) {
      skippedAttempts += 1;
      continue;
    }
    const owner = profiles.get(attempt.profileId) ?? incomingProfiles.get(attempt.profileId);
    if (owner === undefined) {
      orphanedAttempts += 1;
      continue;
    }
    addProfile(owner);
    attemptIds.add(attempt.id);
    addedAttempts.push(attempt);
  }

  const activeProfileId =
    existing.activeProfileId !== null && profiles.has(existing.activeProfileId)
      ? existing.activeProfileId
      : incoming.activeProfileId !== null && profiles.has(incoming.activeProfileId)
        ? incoming.activeProfileId
        : null;

  return {
    merged: {
      profiles: [...existing.profiles, ...addedProfiles],
      attempts: [...existing.attempts, ...addedAttempts],
      activeProfileId,
    },
    addedProfiles,
    addedAttempts,
    skippedAttempts,
    orphanedAttempts,
  };
}
