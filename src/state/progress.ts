/**
 * A player's progress through the level list: best stars per level, which campaign levels are
 * still locked, where "Play" continues and what "Next level" opens. Pure: computed from the
 * catalog entries and the recorded plays, so the level list, the menu and the level-end screen
 * agree without keeping progress anywhere else.
 */
import type { CatalogEntry } from '../levels/catalog.ts';
import { bestStarsByLevel, unlockedLevels } from '../storage/scores/queries.ts';
import type { Attempt } from '../storage/scores/model.ts';

/** One level's standing for the active player. */
export interface LevelStanding {
  /** Most stars earned (0 when never played or never starred). */
  readonly bestStars: number;
  /** Whether the active player has finished this level at least once. */
  readonly played: boolean;
  /** Whether the level can be started from the list. */
  readonly locked: boolean;
  /** For a locked level, the id of the campaign level that opens it (one star there). */
  readonly unlockedBy: string | null;
}

/** Progress of one player over the whole catalog. */
export interface Progress {
  /** Standing by catalog key. */
  readonly byKey: ReadonlyMap<string, LevelStanding>;
  /** Playable built-in campaign entries, in campaign order. */
  readonly campaign: readonly CatalogEntry[];
}

/** The campaign as it can be played: `order`'s ids that name a valid built-in level. */
export function playableCampaign(
  entries: readonly CatalogEntry[],
  order: readonly string[],
): CatalogEntry[] {
  return order.flatMap((id) => {
    const entry = entries.find((e) => e.origin === 'built-in' && e.id === id && e.level);
    return entry ? [entry] : [];
  });
}

/**
 * Computes progress. Campaign levels open one after another (one star on a level opens the
 * next); every other level (extra built-ins, files a trainer opened) is always open.
 */
export function computeProgress(
  entries: readonly CatalogEntry[],
  order: readonly string[],
  attempts: readonly Attempt[],
  profileId: string | null,
): Progress {
  const stars = profileId === null ? {} : bestStarsByLevel(attempts, profileId);
  const campaign = playableCampaign(entries, order);
  const campaignIds = campaign.map((entry) => entry.id);
  const open = new Set(unlockedLevels(campaignIds, stars));
  const byKey = new Map<string, LevelStanding>();
  for (const entry of entries) {
    const index = entry.origin === 'built-in' ? campaignIds.indexOf(entry.id) : -1;
    const locked = index > 0 && !open.has(entry.id);
    byKey.set(entry.key, {
      bestStars: entry.level ? (stars[entry.level.id] ?? 0) : 0,
      played: entry.level !== null && stars[entry.level.id] !== undefined,
      locked,
      unlockedBy: locked ? (campaignIds[index - 1] ?? null) : null,
    });
  }
  return { byKey, campaign };
}

/** The campaign level that follows `key`, if it exists and is open now. */
export function nextCampaignLevel(progress: Progress, key: string): CatalogEntry | undefined {
  const index = progress.campaign.findIndex((entry) => entry.key === key);
  if (index < 0) return undefined;
  const next = progress.campaign[index + 1];
  return next && !progress.byKey.get(next.key)?.locked ? next : undefined;
}

/**
 * Where "Play" takes the player: the first open campaign level without a star yet, else the
 * last open one (the player has starred them all and may replay the latest).
 */
export function continueLevel(progress: Progress): CatalogEntry | undefined {
  const open = progress.campaign.filter((entry) => !progress.byKey.get(entry.key)?.locked);
  return open.find((entry) => (progress.byKey.get(entry.key)?.bestStars ?? 0) === 0) ?? open.at(-1);
}
