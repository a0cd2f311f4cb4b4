/**
 * The menu screens (main menu, level list, language, quit note) over the dimmed office.
 * One scene serves them all: it redraws its card when the screen, language or catalog changes.
 */
import * as Phaser from 'phaser';
import type { Look } from '../../core/level.ts';
import { translator } from '../../i18n/index.ts';
import type { AppState } from '../../state/app-store.ts';
import { ensurePersonTextures, personTextureKey } from '../art/person.ts';
import { SCENES, type GameContext } from '../context.ts';
import { FEET_Y } from '../layout.ts';
import { focus } from '../ui/dom.ts';
import { createLayer, onShutdown } from '../ui/layer.ts';
import { menuCard } from '../ui/menu-screens.ts';
import { INITIAL_PLAYERS_UI, type PlayersUiState } from '../ui/scores/players-panel.ts';
import { enableArrowNavigation } from '../ui/navigation.ts';
import { warmShaderVariants } from '../shader-warmup.ts';
import { addOffice, DEPTH, dimRoom, type OfficeView } from '../view/office-view.ts';

/** Performance mark set when the main menu is first usable (read by `npm run bench`). */
const MENU_READY = 'frontdesk:menu-interactive';

/** A few regulars who wait in the menu's background. */
const BACKGROUND_CROWD: readonly [number, Look][] = [
  [
    690,
    { skin: '#c68642', hair: '#1b1b1b', outfit: '#e76f51', hairStyle: 'curly', accessory: 'none' },
  ],
  [
    790,
    {
      skin: '#f3d2b3',
      hair: '#b5651d',
      outfit: '#457b9d',
      hairStyle: 'long',
      accessory: 'glasses',
    },
  ],
  [
    890,
    { skin: '#8d5524', hair: '#2b2b2b', outfit: '#2a9d8f', hairStyle: 'short', accessory: 'hat' },
  ],
];

/** The menu. */
export class MenuScene extends Phaser.Scene {
  private readonly context: GameContext;
  private layer: HTMLElement | null = null;
  private office: OfficeView | null = null;
  /** The main-menu button to focus when coming back from a sub-screen. */
  private returnTo = 'play';
  private playersUi: PlayersUiState = INITIAL_PLAYERS_UI;
  private highScoresKey: string | null = null;

  constructor(context: GameContext) {
    super({ key: SCENES.menu });
    this.context = context;
  }

  create(): void {
    const { app, catalog, scores } = this.context;
    this.office = addOffice(this, app.getState().locale);
    BACKGROUND_CROWD.forEach(([x, look], i) => {
      ensurePersonTextures(this, look, ['happy']);
      const person = this.add
        .image(x, FEET_Y, personTextureKey(look, 'happy'))
        .setOrigin(0.5, 1)
        .setScale(0.86);
      person.setDepth(DEPTH.queue);
      this.tweens.add({
        targets: person,
        y: FEET_Y - 2,
        duration: 1400 + i * 230,
        yoyo: true,
        repeat: -1,
      });
    });
    dimRoom(this, 0.4);
    this.layer = createLayer(this, this.context, 'menu-layer');
    enableArrowNavigation(this.layer);
    this.returnTo = 'play';
    this.playersUi = INITIAL_PLAYERS_UI;
    this.render(app.getState());
    const unsubscribeApp = app.subscribe((state, previous) => {
      if (state.locale !== previous.locale) this.office?.setLocale(state.locale);
      if (
        state.screen !== previous.screen ||
        state.locale !== previous.locale ||
        state.feedbackMode !== previous.feedbackMode
      ) {
        this.render(state);
      }
    });
    const unsubscribeCatalog = catalog.subscribe(() => this.render(app.getState()));
    const unsubscribeScores = scores.subscribe(() => this.render(app.getState()));
    const unsubscribeImport = this.context.levelImport?.subscribe(() =>
      this.render(app.getState()),
    );
    onShutdown(this, () => {
      unsubscribeApp();
      unsubscribeCatalog();
      unsubscribeScores();
      unsubscribeImport?.();
      this.layer = null;
    });
  }

  private render(state: AppState): void {
    const layer = this.layer;
    if (!layer) return;
    const { app, scores } = this.context;
    const card = menuCard(
      {
        context: this.context,
        tr: translator(state.locale),
        goTo: (name, from) => {
          this.returnTo = from;
          app.getState().show({ name });
        },
        players: this.playersUi,
        updatePlayers: (patch) => {
          this.playersUi = { ...this.playersUi, ...patch };
          this.render(app.getState());
        },
        highScoresKey: this.highScoresKey,
        setHighScoresKey: (key) => {
          this.highScoresKey = key;
        },
      },
      state,
      scores.getState(),
    );
    // Keep focus where the player is when a redraw only refreshes data (e.g. a save finished).
    const focused = document.activeElement?.getAttribute('data-focus') ?? null;
    const menuItem = document.activeElement?.getAttribute('data-menu') ?? this.returnTo;
    layer.replaceChildren(card);
    const wanted = this.playersUi.focus ?? focused;
    this.playersUi = { ...this.playersUi, focus: null };
    const preferred =
      (wanted ? card.querySelector<HTMLElement>(`[data-focus="${CSS.escape(wanted)}"]`) : null) ??
      (state.screen.name === 'menu'
        ? card.querySelector<HTMLElement>(`[data-menu="${menuItem}"]`)
        : card.querySelector<HTMLElement>('[aria-pressed="true"], select'));
    focus(preferred ?? card.querySelector<HTMLElement>('button'));
    // For the start-up benchmark: the first time the main menu can be used.
    if (state.screen.name === 'menu' && performance.getEntriesByName(MENU_READY).length === 0) {
      performance.mark(MENU_READY);
    }
    // The menu is up and still: a good time to build what the first level would stall on.
    if (state.screen.name === 'menu') warmShaderVariants(this.game, () => this.sys.isActive());
  }
}
