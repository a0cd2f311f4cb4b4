/**
 * The menu screens (main menu, level list, language, quit note) over the dimmed office.
 * One scene serves them all: it redraws its card when the screen, language or catalog changes.
 */
import * as Phaser from 'phaser';
import type { Look } from '../../core/level.ts';
import { translator } from '../../i18n/index.ts';
import type { CatalogEntry } from '../../levels/catalog.ts';
import type { AppState } from '../../state/app-store.ts';
import { ensurePersonTextures, personTextureKey } from '../art/person.ts';
import { SCENES, type GameContext } from '../context.ts';
import { FEET_Y } from '../layout.ts';
import { focus } from '../ui/dom.ts';
import { createLayer, onShutdown } from '../ui/layer.ts';
import { levelList, mainMenu } from '../ui/menu-panels.ts';
import { languagePicker, quitNote } from '../ui/settings-panels.ts';
import { enableArrowNavigation } from '../ui/navigation.ts';
import { levelTitles } from '../ui/reports/level-titles.ts';
import { reportsPanel } from '../ui/reports/reports-panel.ts';
import { sharedScoresPort } from '../ui/reports/shared-port.ts';
import { addOffice, DEPTH, dimRoom, type OfficeView } from '../view/office-view.ts';

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

  constructor(context: GameContext) {
    super({ key: SCENES.menu });
    this.context = context;
  }

  create(): void {
    const { app, catalog } = this.context;
    this.office = addOffice(this, app.getState().locale);
    BACKGROUND_CROWD.forEach(([x, look], i) => {
      ensurePersonTextures(this, look);
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
    onShutdown(this, () => {
      unsubscribeApp();
      unsubscribeCatalog();
      this.layer = null;
    });
  }

  private render(state: AppState): void {
    const layer = this.layer;
    if (!layer) return;
    const { app, catalog, quitApp } = this.context;
    const tr = translator(state.locale);
    const show = app.getState().show;
    const toMenu = () => show({ name: 'menu' });
    const goTo = (name: 'levels' | 'language' | 'quit' | 'reports', from: string) => {
      this.returnTo = from;
      show({ name });
    };
    const openEntry = (entry: CatalogEntry) =>
      show(
        entry.level
          ? { name: 'desk', levelKey: entry.key }
          : { name: 'error', levelKey: entry.key },
      );

    let card: HTMLElement;
    switch (state.screen.name) {
      case 'levels':
        card = levelList(tr, state.locale, catalog.entries(), {
          open: openEntry,
          openFile: (file) => {
            void file.text().then((text) => openEntry(catalog.registerLevelText(text, file.name)));
          },
          back: toMenu,
        });
        break;
      case 'language':
        card = languagePicker(
          tr,
          state.locale,
          (locale) => {
            app.getState().setLocale(locale);
            toMenu();
          },
          toMenu,
        );
        break;
      case 'reports':
        card = reportsPanel({
          tr,
          port: sharedScoresPort,
          levelTitles: levelTitles(catalog.entries()),
          back: toMenu,
        });
        break;
      case 'quit':
        card = quitNote(tr, toMenu);
        break;
      default: {
        const first = catalog.firstPlayable();
        card = mainMenu(tr, state.locale, state.feedbackMode, {
          play: () => (first ? openEntry(first) : goTo('levels', 'play')),
          levels: () => goTo('levels', 'levels'),
          language: () => goTo('language', 'language'),
          toggleFeedback: () => {
            this.returnTo = 'feedback';
            app
              .getState()
              .setFeedbackMode(state.feedbackMode === 'training' ? 'challenge' : 'training');
          },
          reports: () => goTo('reports', 'reports'),
          quit: () => (quitApp ? quitApp() : goTo('quit', 'quit')),
        });
      }
    }
    layer.replaceChildren(card);
    const preferred =
      state.screen.name === 'menu'
        ? card.querySelector<HTMLElement>(`[data-menu="${this.returnTo}"]`)
        : card.querySelector<HTMLElement>('[aria-pressed="true"]');
    focus(preferred ?? card.querySelector<HTMLElement>('button'));
  }
}
