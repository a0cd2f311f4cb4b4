/**
 * A level that cannot be played: every problem with file, line and column, and a way back.
 * The rest of the game is untouched by the broken file.
 */
import * as Phaser from 'phaser';
import { translator } from '../../i18n/index.ts';
import { SCENES, type GameContext } from '../context.ts';
import { focus } from '../ui/dom.ts';
import { createLayer } from '../ui/layer.ts';
import { enableArrowNavigation } from '../ui/navigation.ts';
import { errorCard } from '../ui/result-panels.ts';
import { addOffice, dimRoom } from '../view/office-view.ts';

/** Scene data: the broken catalog entry. */
export interface ErrorSceneData {
  readonly levelKey: string;
}

/** The invalid-level screen. */
export class ErrorScene extends Phaser.Scene {
  private readonly context: GameContext;
  private levelKey = '';

  constructor(context: GameContext) {
    super({ key: SCENES.error });
    this.context = context;
  }

  init(data: ErrorSceneData): void {
    this.levelKey = data.levelKey;
  }

  create(): void {
    const { app, catalog } = this.context;
    const locale = app.getState().locale;
    addOffice(this, locale);
    dimRoom(this, 0.55);
    const problems = catalog.byKey(this.levelKey)?.problems ?? [];
    const layer = createLayer(this, this.context, 'menu-layer');
    enableArrowNavigation(layer);
    const card = errorCard(translator(locale), problems, () =>
      app.getState().show({ name: 'menu' }),
    );
    layer.append(card);
    focus(card.querySelector<HTMLElement>('button'));
  }
}
