import { expect, it } from 'vitest';
import type { CatalogEntry } from '../../../src/levels/catalog.ts';
import {
  computeProgress,
  continueLevel,
  nextCampaignLevel,
  playableCampaign,
} from '../../../src/state/progress.ts';
import { makeAttempt, uuid } from '../scores/fixtures.ts';
import { smallLevel } from './small-level.ts';

const ORDER = ['a', 'b', 'c'];
const ada = uuid(1);
const bert = uuid(2);

function entry(
  id: string,
  origin: CatalogEntry['origin'] = 'built-in',
  valid = true,
): CatalogEntry {
  const file = `levels/${id}.json`;
  return {
    key: origin === 'built-in' ? file : `opened:${file}`,
    file,
    id,
    level: valid ? { ...smallLevel(), id } : null,
    problems: [],
    origin,
  };
}

const entries = [entry('a'), entry('b'), entry('c'), entry('extra'), entry('mine', 'opened')];
const played = (levelId: string, stars: number, profileId = ada, n = 0) =>
  makeAttempt({ id: uuid(100 + n), levelId, stars, profileId });

it('opens only the first campaign level, plus every non-campaign level, for a new player', () => {
  const progress = computeProgress(entries, ORDER, [], ada);
  const locked = entries.filter((e) => progress.byKey.get(e.key)?.locked).map((e) => e.id);
  expect(locked).toEqual(['b', 'c']);
  expect(progress.byKey.get('levels/b.json')?.unlockedBy).toBe('a');
  expect(progress.byKey.get('levels/a.json')?.bestStars).toBe(0);
});

it('opens the next level at one star, and shows the best stars of the active player only', () => {
  const attempts = [played('a', 1, ada, 1), played('a', 3, bert, 2), played('a', 0, ada, 3)];
  const progress = computeProgress(entries, ORDER, attempts, ada);
  expect(progress.byKey.get('levels/a.json')?.bestStars).toBe(1);
  expect(progress.byKey.get('levels/b.json')?.locked).toBe(false);
  expect(progress.byKey.get('levels/c.json')?.locked).toBe(true);
});

it('a level played with no star does not open the next one', () => {
  const progress = computeProgress(entries, ORDER, [played('a', 0)], ada);
  expect(progress.byKey.get('levels/b.json')?.locked).toBe(true);
  expect(progress.byKey.get('levels/a.json')).toMatchObject({ played: true, bestStars: 0 });
  expect(progress.byKey.get('levels/c.json')?.played).toBe(false);
});

it('skips campaign ids whose file is missing or invalid, so the campaign never dead-ends', () => {
  const withBroken = [entry('a'), entry('b', 'built-in', false), entry('c')];
  expect(playableCampaign(withBroken, ORDER).map((e) => e.id)).toEqual(['a', 'c']);
  const progress = computeProgress(withBroken, ORDER, [played('a', 2)], ada);
  expect(progress.byKey.get('levels/c.json')?.locked).toBe(false);
});

it('offers the next campaign level only when it is open', () => {
  const fresh = computeProgress(entries, ORDER, [], ada);
  expect(nextCampaignLevel(fresh, 'levels/a.json')).toBeUndefined();
  const starred = computeProgress(entries, ORDER, [played('a', 2)], ada);
  expect(nextCampaignLevel(starred, 'levels/a.json')?.id).toBe('b');
  expect(nextCampaignLevel(starred, 'levels/extra.json')).toBeUndefined();
});

it('continues with the first open level without a star, or the last one when all are starred', () => {
  expect(continueLevel(computeProgress(entries, ORDER, [], ada))?.id).toBe('a');
  expect(continueLevel(computeProgress(entries, ORDER, [played('a', 1)], ada))?.id).toBe('b');
  const all = [played('a', 1, ada, 1), played('b', 2, ada, 2), played('c', 3, ada, 3)];
  expect(continueLevel(computeProgress(entries, ORDER, all, ada))?.id).toBe('c');
});

it('without an active player, everything shows no stars and only the first level is open', () => {
  const progress = computeProgress(entries, ORDER, [played('a', 3)], null);
  expect(progress.byKey.get('levels/a.json')?.bestStars).toBe(0);
  expect(progress.byKey.get('levels/b.json')?.locked).toBe(true);
});
