/**
 * The menu's cards: the main menu, the level list (with invalid levels marked and a way to open
 * a level file), the language picker and the web build's "close the tab" note.
 */
import type { Locale } from '../../core/level.ts';
import { LANGUAGE_NAMES, localize, type Translate } from '../../i18n/index.ts';
import type { CatalogEntry } from '../../levels/catalog.ts';
import type { FeedbackMode } from '../../storage/settings.ts';
import { button, h } from './dom.ts';
import logoUrl from '../../../assets/logo.svg?no-inline';

/** What the main menu can do. */
export interface MainMenuActions {
  readonly play: () => void;
  readonly levels: () => void;
  readonly language: () => void;
  readonly toggleFeedback: () => void;
  /** Opens the trainer reports screen. */
  readonly reports: () => void;
  readonly players: () => void;
  readonly highScores: () => void;
  readonly quit: () => void;
}

/** Who is playing, and anything the player must be told at start-up, for the main menu. */
export interface MainMenuStatus {
  /** The active player's name, or `null` when scores are not kept. */
  readonly playerName: string | null;
  /** A notice to show above the menu (e.g. the score store was restored from a backup). */
  readonly notice: HTMLElement | null;
}

/** The main menu card; buttons carry `data-menu` so focus can return to the one used. */
export function mainMenu(
  tr: Translate,
  locale: Locale,
  mode: FeedbackMode,
  actions: MainMenuActions,
  status: MainMenuStatus,
): HTMLElement {
  const item = (key: string, label: HTMLElement | string, action: () => void, primary = false) =>
    h(
      'li',
      {},
      button(label, action, { class: primary ? 'primary' : '', attrs: { 'data-menu': key } }),
    );
  return h(
    'section',
    { class: 'card menu-card', attrs: { 'aria-labelledby': 'menu-title' } },
    h('img', { class: 'logo', attrs: { src: logoUrl, alt: '', width: 88, height: 88 } }),
    h('h1', { id: 'menu-title' }, tr('app.title')),
    h('p', { class: 'tagline' }, tr('app.tagline')),
    status.notice,
    h(
      'p',
      { class: 'active-player' },
      status.playerName === null
        ? tr('menu.noScores')
        : tr('menu.activePlayer', { name: status.playerName }),
    ),
    h(
      'nav',
      { attrs: { 'aria-label': tr('menu.label') } },
      h(
        'ul',
        { class: 'menu-list' },
        item('play', tr('menu.play'), actions.play, true),
        item('levels', tr('menu.levels'), actions.levels),
        item(
          'language',
          h(
            'span',
            { class: 'split' },
            h('span', {}, tr('menu.language')),
            h('span', { class: 'value', attrs: { lang: locale } }, LANGUAGE_NAMES[locale]),
          ),
          actions.language,
        ),
        item(
          'feedback',
          tr('menu.feedbackMode', { mode: tr(`feedbackMode.${mode}`) }),
          actions.toggleFeedback,
        ),
        item('players', tr('menu.players'), actions.players),
        item('high-scores', tr('menu.highScores'), actions.highScores),
        item('reports', tr('menu.reports'), actions.reports),
        item('quit', tr('menu.quit'), actions.quit),
      ),
    ),
    h('p', { class: 'hint' }, tr('menu.keysHint')),
  );
}

/** What the level list can do. */
export interface LevelListActions {
  readonly open: (entry: CatalogEntry) => void;
  readonly openFile: (file: File) => void;
  readonly back: () => void;
}

/** How a level stands for the active player, as the level list shows it. */
export interface LevelBadge {
  readonly bestStars: number;
  readonly played: boolean;
  /** Title of the level that opens this one, when it is locked. */
  readonly lockedBy: string | null;
}

function starsBadge(tr: Translate, stars: number, played: boolean): HTMLElement {
  return h(
    'span',
    {
      class: stars > 0 ? 'level-stars' : 'level-stars none',
      role: 'img',
      attrs: {
        'aria-label': played ? tr('levels.bestStars', { count: stars }) : tr('levels.notPlayed'),
      },
    },
    h('span', { attrs: { 'aria-hidden': 'true' } }, '★'.repeat(stars) + '☆'.repeat(3 - stars)),
  );
}

function levelButton(
  tr: Translate,
  locale: Locale,
  entry: CatalogEntry,
  open: () => void,
  badge: LevelBadge | undefined,
): HTMLElement {
  const level = entry.level;
  if (!level) {
    return button(
      [
        h('span', { class: 'level-title' }, entry.file),
        h(
          'span',
          { class: 'badge danger' },
          h('span', { attrs: { 'aria-hidden': 'true' } }, '⚠ '),
          tr('levels.invalid'),
        ),
      ],
      open,
      { class: 'level-item invalid', attrs: { 'data-level': entry.key } },
    );
  }
  const text = (value: Parameters<typeof localize>[0]) =>
    localize(value, locale, level.defaultLocale);
  const lockedBy = badge?.lockedBy ?? null;
  const hintId = `locked-${entry.key.replace(/[^\w-]/g, '_')}`;
  return button(
    [
      h('span', { class: 'level-title' }, text(level.title)),
      entry.origin === 'user'
        ? h('span', { class: 'badge folder' }, tr('levels.fromFolder'))
        : null,
      lockedBy === null
        ? starsBadge(tr, badge?.bestStars ?? 0, badge?.played ?? false)
        : h('span', { class: 'badge locked' }, tr('levels.locked')),
      h(
        'span',
        { class: 'level-meta' },
        tr(`levels.difficulty.${level.difficulty}`),
        ' · ',
        tr('levels.customers', { count: level.shift.arrivals.length }),
      ),
      h('span', { class: 'level-desc' }, text(level.description)),
      lockedBy === null
        ? null
        : h(
            'span',
            { class: 'level-locked-hint', id: hintId },
            tr('levels.lockedHint', { level: lockedBy }),
          ),
    ],
    lockedBy === null ? open : () => undefined,
    {
      class: lockedBy === null ? 'level-item' : 'level-item locked',
      attrs: {
        'data-level': entry.key,
        'aria-disabled': lockedBy === null ? false : 'true',
        'aria-describedby': lockedBy === null ? false : hintId,
      },
    },
  );
}

/** The level list card. */
export function levelList(
  tr: Translate,
  locale: Locale,
  entries: readonly CatalogEntry[],
  actions: LevelListActions,
  badges: ReadonlyMap<string, LevelBadge> = new Map(),
  /** The desktop levels-folder controls, when running in the desktop app. */
  folder: HTMLElement | null = null,
): HTMLElement {
  const input = h('input', {
    type: 'file',
    class: 'sr-only',
    tabIndex: -1,
    attrs: { accept: '.json,application/json', 'aria-hidden': 'true' },
  });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) actions.openFile(file);
    input.value = '';
  });
  return h(
    'section',
    { class: 'card levels-card', attrs: { 'aria-labelledby': 'levels-title' } },
    h('h1', { id: 'levels-title' }, tr('levels.heading')),
    entries.length === 0
      ? h('p', {}, tr('levels.none'))
      : h(
          'ul',
          { class: 'level-list' },
          ...entries.map((e) =>
            h(
              'li',
              {},
              levelButton(tr, locale, e, () => actions.open(e), badges.get(e.key)),
            ),
          ),
        ),
    folder,
    h(
      'div',
      { class: 'open-file' },
      button(tr('levels.openFile'), () => input.click(), {
        attrs: { 'aria-describedby': 'open-file-hint' },
      }),
      h('p', { class: 'hint', id: 'open-file-hint' }, tr('levels.openFileHint')),
      input,
    ),
    h('div', { class: 'actions' }, button(tr('common.back'), actions.back)),
  );
}
