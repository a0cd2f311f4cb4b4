/** English level titles by level id, for the activity names in xAPI statements. */
import { localize } from '../../../i18n/index.ts';
import type { CatalogEntry } from '../../../levels/catalog.ts';

/** Every valid catalog level's title in English (or its default language), by level id. */
export function levelTitles(entries: readonly CatalogEntry[]): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const entry of entries) {
    if (entry.level)
      titles[entry.level.id] = localize(entry.level.title, 'en', entry.level.defaultLocale);
  }
  return titles;
}
