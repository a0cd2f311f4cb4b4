/**
 * Picks and builds the card for each menu screen (main menu, level list, players, high scores,
 * language, reports, quit) from the app and scores stores. The menu scene only places the card
 * and manages focus; what each screen shows and does is decided here.
 */
import type { Locale } from '../../core/level.ts';
import type { Translate } from '../../i18n/index.ts';
import { CAMPAIGN_ORDER, type CatalogEntry } from '../../levels/catalog.ts';
import type { AppState } from '../../state/app-store.ts';
import { computeProgress, continueLevel, type Progress } from '../../state/progress.ts';
import type { ScoresState } from '../../state/scores-store.ts';
import type { GameContext } from '../context.ts';
import { button, h } from './dom.ts';
import { levelList, mainMenu, type LevelBadge } from './menu-panels.ts';
import { levelTitles } from './reports/level-titles.ts';
import { reportsPanel } from './reports/reports-panel.ts';
import { entryTitle, highScoresPanel } from './scores/high-scores-panel.ts';
import { playersPanel, type PlayersUiState } from './scores/players-panel.ts';
import { shortDateTime } from './scores/leaderboard.ts';
import { levelsFolderSection } from './levels-folder-panel.ts';
import { languagePicker, quitNote } from './settings-panels.ts';

/** Menu screens that come back to a main-menu button (focus returns to it). */
export type MenuTarget = 'levels' | 'language' | 'quit' | 'reports' | 'players' | 'high-scores';

/** What the cards need besides the stores: navigation and the menu's own remembered state. */
export interface MenuScreenDeps {
  readonly context: GameContext;
  readonly tr: Translate;
  /** Opens a sub-screen, remembering which main-menu button led there. */
  readonly goTo: (name: MenuTarget, from: string) => void;
  readonly players: PlayersUiState;
  readonly updatePlayers: (patch: Partial<PlayersUiState>) => void;
  /** The level last chosen on the High scores screen, by catalog key. */
  readonly highScoresKey: string | null;
  readonly setHighScoresKey: (key: string) => void;
}

/** The active player's progress over the catalog. */
export function progressOf(entries: readonly CatalogEntry[], scores: ScoresState): Progress {
  return computeProgress(entries, CAMPAIGN_ORDER, scores.attempts, scores.activeProfileId);
}

function badgesOf(
  entries: readonly CatalogEntry[],
  progress: Progress,
  locale: Locale,
): Map<string, LevelBadge> {
  const titles = new Map(progress.campaign.map((e) => [e.id, entryTitle(e, locale)]));
  const badges = new Map<string, LevelBadge>();
  for (const entry of entries) {
    const standing = progress.byKey.get(entry.key);
    if (!standing) continue;
    const lockedBy = standing.unlockedBy === null ? null : (titles.get(standing.unlockedBy) ?? '');
    badges.set(entry.key, { bestStars: standing.bestStars, played: standing.played, lockedBy });
  }
  return badges;
}

function startupNotice(tr: Translate, locale: Locale, scores: ScoresState): HTMLElement | null {
  const report = scores.startupReport;
  if (!report || (report.status !== 'restored' && report.status !== 'reset')) return null;
  const when = report.backupTakenAt ? shortDateTime(report.backupTakenAt, locale) : '';
  return h(
    'div',
    { class: 'notice startup-notice', role: 'alert' },
    h(
      'p',
      {},
      report.status === 'restored' ? tr('startup.restored', { when }) : tr('startup.reset'),
    ),
    report.salvagedAttempts
      ? h('p', {}, tr('startup.salvaged', { count: report.salvagedAttempts }))
      : null,
    button(tr('startup.dismiss'), () => scores.dismissStartupReport()),
  );
}

/** Builds the card for the current menu screen. */
export function menuCard(deps: MenuScreenDeps, state: AppState, scores: ScoresState): HTMLElement {
  const { context, tr, goTo } = deps;
  const { app, catalog, quitApp } = context;
  const show = app.getState().show;
  const toMenu = () => show({ name: 'menu' });
  const entries = catalog.entries();
  const openEntry = (entry: CatalogEntry) =>
    show(
      entry.level ? { name: 'desk', levelKey: entry.key } : { name: 'error', levelKey: entry.key },
    );

  switch (state.screen.name) {
    case 'levels': {
      const badges = badgesOf(entries, progressOf(entries, scores), state.locale);
      return levelList(
        tr,
        state.locale,
        entries,
        {
          open: openEntry,
          openFile: (file) => {
            void file.text().then((text) => openEntry(catalog.registerLevelText(text, file.name)));
          },
          back: () => {
            context.levelImport?.getState().clear();
            toMenu();
          },
        },
        badges,
        context.levelImport ? levelsFolderSection(tr, context.levelImport.getState()) : null,
      );
    }
    case 'language':
      return languagePicker(
        tr,
        state.locale,
        (locale) => {
          app.getState().setLocale(locale);
          toMenu();
        },
        toMenu,
      );
    case 'reports':
      return reportsPanel({
        tr,
        port: () => context.scoresPort,
        levelTitles: levelTitles(entries),
        back: () => {
          // A restore may have added players and results: show them everywhere.
          void context.scores
            .getState()
            .refresh()
            .catch(() => undefined);
          toMenu();
        },
      });
    case 'players':
      return playersPanel({
        tr,
        scores,
        ui: deps.players,
        update: deps.updatePlayers,
        back: toMenu,
      });
    case 'high-scores':
      return highScoresPanel({
        tr,
        locale: state.locale,
        entries,
        scores,
        selectedKey: deps.highScoresKey,
        onSelect: deps.setHighScoresKey,
        back: toMenu,
      });
    case 'quit':
      return quitNote(tr, toMenu);
    default: {
      // Read when Play is pressed: the catalog may still be loading when the menu first shows.
      const nextLevel = () =>
        continueLevel(progressOf(catalog.entries(), scores)) ?? catalog.firstPlayable();
      const active = scores.profiles.find((p) => p.id === scores.activeProfileId);
      return mainMenu(
        tr,
        state.locale,
        state.feedbackMode,
        {
          play: () =>
            void catalog.ready.then(() => {
              const next = nextLevel();
              if (next) openEntry(next);
              else goTo('levels', 'play');
            }),
          levels: () => goTo('levels', 'levels'),
          language: () => goTo('language', 'language'),
          toggleFeedback: () =>
            app
              .getState()
              .setFeedbackMode(state.feedbackMode === 'training' ? 'challenge' : 'training'),
          players: () => goTo('players', 'players'),
          highScores: () => goTo('high-scores', 'high-scores'),
          reports: () => goTo('reports', 'reports'),
          quit: () => (quitApp ? quitApp() : goTo('quit', 'quit')),
        },
        {
          playerName: scores.status === 'unavailable' ? null : (active?.name ?? '…'),
          notice: startupNotice(tr, state.locale, scores),
        },
      );
    }
  }
}
