/**
 * A level's top-10 table: rank, player, score, stars, mode and date, as a real `<table>` with
 * a caption and column headers, so screen readers read each cell with its column. The newest
 * play can be highlighted and each player's personal best is marked.
 */
import type { Locale } from '../../../core/level.ts';
import type { Translate } from '../../../i18n/index.ts';
import type { Attempt } from '../../../storage/scores/model.ts';
import { personalBest, type LeaderboardEntry } from '../../../storage/scores/queries.ts';
import { button, h } from '../dom.ts';
import './scores.css';

/** What to mark in the table. */
export interface LeaderboardMarks {
  /** The play just finished: highlighted, with `aria-current`. */
  readonly newAttemptId?: string | null;
  /** Every attempt (to find each listed player's personal best on this level). */
  readonly attempts: readonly Attempt[];
  /** When given, each row gets a button that opens that play's debrief. */
  readonly openDebrief?: (attempt: Attempt) => void;
}

/** A short, local date and time for a table cell. */
export function shortDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

function starsText(stars: number): string {
  return '★'.repeat(stars) + '☆'.repeat(3 - stars);
}

/** The table (or a "no scores yet" line when `entries` is empty). */
export function leaderboardTable(
  tr: Translate,
  locale: Locale,
  caption: string,
  entries: readonly LeaderboardEntry[],
  marks: LeaderboardMarks,
): HTMLElement {
  if (entries.length === 0) return h('p', { class: 'leaderboard-empty' }, tr('scores.none'));
  const open = marks.openDebrief;
  const header = (key: Parameters<Translate>[0]) => h('th', { attrs: { scope: 'col' } }, tr(key));
  const rows = entries.map(({ rank, attempt, playerName }) => {
    const isNew = attempt.id === marks.newAttemptId;
    const best = personalBest(marks.attempts, attempt.profileId, attempt.levelId);
    const isBest = best?.id === attempt.id;
    return h(
      'tr',
      {
        class: [isNew ? 'new-entry' : '', isBest ? 'personal-best' : ''].join(' ').trim(),
        attrs: { 'aria-current': isNew ? 'true' : false, 'data-attempt': attempt.id },
      },
      h('th', { attrs: { scope: 'row' } }, String(rank)),
      h(
        'td',
        { class: 'player' },
        playerName ?? tr('scores.deletedPlayer'),
        isNew ? h('span', { class: 'badge new' }, tr('scores.newEntry')) : null,
        isBest ? h('span', { class: 'badge best' }, tr('scores.personalBest')) : null,
      ),
      h('td', { class: 'num' }, String(attempt.score)),
      h(
        'td',
        { class: 'stars-cell', attrs: { 'aria-label': tr('end.stars', { count: attempt.stars }) } },
        h('span', { attrs: { 'aria-hidden': 'true' } }, starsText(attempt.stars)),
      ),
      h('td', {}, tr(`scores.mode.${attempt.mode}`)),
      h('td', {}, shortDateTime(attempt.finishedAt, locale)),
      open
        ? h(
            'td',
            {},
            button(tr('scores.showDebrief'), () => open(attempt), {
              attrs: {
                'aria-label': tr('scores.showDebriefLabel', {
                  name: playerName ?? tr('scores.deletedPlayer'),
                  score: attempt.score,
                }),
                'data-focus': `debrief-${attempt.id}`,
              },
            }),
          )
        : null,
    );
  });
  return h(
    'table',
    { class: 'leaderboard' },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        header('scores.col.rank'),
        header('scores.col.player'),
        header('scores.col.score'),
        header('scores.col.stars'),
        header('scores.col.mode'),
        header('scores.col.date'),
        open ? header('scores.col.debrief') : null,
      ),
    ),
    h('tbody', {}, ...rows),
  );
}
