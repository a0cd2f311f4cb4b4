/**
 * The level-end screen's record of the play: whether the score was saved (with a retry when it
 * was not), a "new personal best" line, and the level's top 10 with the new entry highlighted.
 * Redrawn whenever the scores store changes, so the table fills in as soon as the save lands.
 */
import type { Locale } from '../../../core/level.ts';
import type { Translate } from '../../../i18n/index.ts';
import type { ScoresState } from '../../../state/scores-store.ts';
import type { Attempt } from '../../../storage/scores/model.ts';
import { LEADERBOARD_SIZE, personalBest, topScores } from '../../../storage/scores/queries.ts';
import { button, h } from '../dom.ts';
import { leaderboardTable } from './leaderboard.ts';

/** What the section needs. */
export interface EndRecordsOptions {
  readonly tr: Translate;
  readonly locale: Locale;
  readonly scores: ScoresState;
  /** The play just finished. */
  readonly attempt: Attempt;
  readonly levelTitle: string;
  /** A campaign level follows but is still locked (no star yet). */
  readonly nextLocked: boolean;
}

function saveLine(options: EndRecordsOptions): HTMLElement {
  const { tr, scores, attempt } = options;
  const save = scores.saves[attempt.id];
  const player = scores.profiles.find((p) => p.id === scores.activeProfileId);
  if (scores.status === 'unavailable' || save === undefined) {
    return h('p', { class: 'save-status', role: 'status' }, tr('end.notSaved'));
  }
  if (save === 'failed') {
    return h(
      'div',
      { class: 'save-status failed', role: 'alert' },
      h('p', {}, tr('end.saveFailed', { reason: scores.error ?? '' })),
      button(tr('end.retrySave'), () => {
        const profileId = scores.activeProfileId ?? attempt.profileId;
        scores.recordAttempt({ ...attempt, profileId }).catch(() => undefined);
      }),
    );
  }
  return h(
    'p',
    { class: 'save-status', role: 'status' },
    save === 'saving' ? tr('end.saving') : tr('end.saved', { name: player?.name ?? '' }),
  );
}

/** Builds the section. */
export function endRecords(options: EndRecordsOptions): HTMLElement {
  const { tr, locale, scores, attempt } = options;
  const saved = scores.saves[attempt.id] === 'saved';
  const stored = scores.attempts.find((a) => a.id === attempt.id);
  const isBest =
    saved &&
    stored !== undefined &&
    personalBest(scores.attempts, stored.profileId, stored.levelId)?.id === stored.id;
  const rows = topScores(scores.attempts, scores.profiles, attempt.levelId);
  return h(
    'section',
    {
      class: 'end-records',
      attrs: { 'aria-labelledby': 'records-title', 'data-testid': 'end-records' },
    },
    h('h2', { id: 'records-title' }, tr('end.leaderboardHeading')),
    saveLine(options),
    isBest ? h('p', { class: 'new-best' }, tr('end.newBest')) : null,
    options.nextLocked ? h('p', { class: 'hint' }, tr('end.nextLocked')) : null,
    leaderboardTable(
      tr,
      locale,
      tr('scores.caption', { count: LEADERBOARD_SIZE, level: options.levelTitle }),
      rows,
      { newAttemptId: attempt.id, attempts: scores.attempts },
    ),
  );
}
