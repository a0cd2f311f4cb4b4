/** The end of a shift: results over the office, with confetti for a good score. */
import * as Phaser from 'phaser';
import { localize, translator } from '../../i18n/index.ts';
import type { LevelResult } from '../../state/level-result.ts';
import { PALETTE } from '../art/color.ts';
import { SCENES, type GameContext } from '../context.ts';
import { HEIGHT, WIDTH } from '../layout.ts';
import { focus } from '../ui/dom.ts';
import { createLayer } from '../ui/layer.ts';
import { enableArrowNavigation } from '../ui/navigation.ts';
import { levelEndCard } from '../ui/result-panels.ts';
import { addOffice, DEPTH, dimRoom } from '../view/office-view.ts';

/** Scene data: the finished level and its result. */
export interface LevelEndSceneData {
  readonly levelKey: string;
  readonly result: LevelResult;
}

/** The results screen. */
export class LevelEndScene extends Phaser.Scene {
  private readonly context: GameContext;
  private payload: LevelEndSceneData | null = null;

  constructor(context: GameContext) {
    super({ key: SCENES.levelEnd });
    this.context = context;
  }

  init(data: LevelEndSceneData): void {
    this.payload = data;
  }

  create(): void {
    const data = this.payload;
    if (!data) return;
    const { app, catalog } = this.context;
    const locale = app.getState().locale;
    const tr = translator(locale);
    addOffice(this, locale);
    dimRoom(this, 0.5);
    if (data.result.stars >= 2) this.confetti(data.result.stars * 30);

    const level = catalog.byKey(data.levelKey)?.level;
    const title = level ? localize(level.title, locale, level.defaultLocale) : data.result.levelId;
    const layer = createLayer(this, this.context, 'menu-layer');
    enableArrowNavigation(layer);
    const card = levelEndCard(tr, data.result, title, {
      playAgain: () => app.getState().show({ name: 'desk', levelKey: data.levelKey }),
      menu: () => app.getState().show({ name: 'menu' }),
    });
    layer.append(card);
    focus(card.querySelector<HTMLElement>('button.primary'));
  }

  private confetti(count: number): void {
    const colors = [PALETTE.orange, PALETTE.tealLight, PALETTE.fair, 0xe0565b, 0xffffff];
    for (let i = 0; i < count; i += 1) {
      const piece = this.add
        .rectangle(
          Math.random() * WIDTH,
          -20 - Math.random() * 200,
          8,
          14,
          colors[i % colors.length],
        )
        .setDepth(DEPTH.dim + 1)
        .setAngle(Math.random() * 180);
      this.tweens.add({
        targets: piece,
        y: HEIGHT + 40,
        angle: piece.angle + 360 + Math.random() * 360,
        x: piece.x + (Math.random() - 0.5) * 160,
        duration: 2600 + Math.random() * 2200,
        delay: Math.random() * 900,
        ease: 'Sine.easeIn',
        onComplete: () => piece.destroy(),
      });
    }
  }
}
