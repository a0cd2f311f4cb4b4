/**
 * The High scores screen: pick a level, see its top 10 (all players on this computer) with
 * each player's personal best marked, and open any listed play's debrief (how a trainer
 * reviews a trainee's shift after the fact).
 */
import type { Locale } from '../../../core/level.ts';
import { localize, type Translate } from '../../../i18n/index.ts';
import type { CatalogEntry } from '../../../levels/catalog.ts';
import type { ScoresState } from '../../../state/scores-store.ts';
import { LEADERBOARD_SIZE, topScores } from '../../../storage/scores/queries.ts';
import { button, h, replaceChildren } from '../dom.ts';
import { renderDebrief } from '../debrief/index.ts';
import { leaderboardTable } from './leaderboard.ts';

/** What the High scores card needs. */
export interface HighScoresOptions {
  readonly tr: Translate;
  readonly locale: Locale;
  /** Playable levels, in the level list's order. */
  readonly entries: readonly CatalogEntry[];
  readonly scores: Pick<ScoresState, 'status' | 'profiles' | 'attempts'>;
  /** The level shown first (the last one viewed or played), by catalog key. */
  readonly selectedKey: string | null;
  readonly onSelect: (key: string) => void;
  readonly back: () => void;
}

/** A level's title in the UI language. */
export function entryTitle(entry: CatalogEntry, locale: Locale): string {
  return entry.level ? localize(entry.level.title, locale, entry.level.defaultLocale) : entry.id;
}

/** Builds the card. */
export function highScoresPanel(options: HighScoresOptions): HTMLElement {
  const { tr, locale, scores } = options;
  const levels = options.entries.filter((entry) => entry.level !== null);
  const initial = levels.find((e) => e.key === options.selectedKey) ?? levels[0];
  const select = h('select', { id: 'high-scores-level' });
  for (const entry of levels) {
    const option = h('option', { attrs: { value: entry.key } }, entryTitle(entry, locale));
    option.selected = entry === initial;
    select.append(option);
  }
  const table = h('div', { class: 'leaderboard-holder' });
  const debrief = h('div', { class: 'debrief-holder' });
  const show = (key: string | undefined) => {
    const entry = levels.find((e) => e.key === key);
    replaceChildren(debrief);
    const level = entry?.level;
    if (!level) return replaceChildren(table, h('p', {}, tr('scores.none')));
    const rows = topScores(scores.attempts, scores.profiles, level.id);
    const title = entryTitle(entry, locale);
    replaceChildren(
      table,
      leaderboardTable(
        tr,
        locale,
        tr('scores.caption', { count: LEADERBOARD_SIZE, level: title }),
        rows,
        {
          attempts: scores.attempts,
          openDebrief: (attempt) => {
            const view = renderDebrief({ level, attempt, locale, tr });
            replaceChildren(debrief, view);
            view.scrollIntoView({ block: 'start' });
            view.querySelector<HTMLElement>('h2')?.setAttribute('tabindex', '-1');
            view.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
          },
        },
      ),
    );
  };
  select.addEventListener('change', () => {
    show(select.value);
    options.onSelect(select.value);
  });
  show(initial?.key);
  return h(
    'section',
    { class: 'card scores-card', attrs: { 'aria-labelledby': 'scores-title' } },
    h('h1', { id: 'scores-title' }, tr('scores.heading')),
    scores.status === 'unavailable' ? h('p', { class: 'notice' }, tr('menu.noScores')) : null,
    levels.length === 0
      ? h('p', {}, tr('levels.none'))
      : h(
          'div',
          { class: 'field' },
          h('label', { attrs: { for: 'high-scores-level' } }, tr('scores.levelLabel')),
          select,
        ),
    table,
    h('div', { class: 'actions' }, button(tr('common.back'), options.back)),
    debrief,
  );
}
