/**
 * Start-up: loads the logo with a visible progress bar, draws the office and clerk textures,
 * waits for the stored settings, then opens the first screen.
 */
import * as Phaser from 'phaser';
import { t } from '../../i18n/index.ts';
import type { Screen } from '../../state/app-store.ts';
import { PALETTE } from '../art/color.ts';
import { ensureCounterTexture } from '../art/counter.ts';
import { ensureOfficeTextures } from '../art/office.ts';
import { CLERK_LOOK, ensurePersonTextures } from '../art/person.ts';
import { SCENES, type GameContext } from '../context.ts';
import { HEIGHT, WIDTH } from '../layout.ts';
import { h } from '../ui/dom.ts';
import { FONT_STACK } from '../ui/fonts.ts';
import { createLayer } from '../ui/layer.ts';
import logoUrl from '../../../assets/logo.svg?no-inline';

const BAR = { width: 420, height: 22 } as const;

/** The boot scene. */
export class BootScene extends Phaser.Scene {
  private readonly context: GameContext;
  private readonly firstScreen: () => Screen;

  constructor(context: GameContext, firstScreen: () => Screen) {
    super({ key: SCENES.boot });
    this.context = context;
    this.firstScreen = firstScreen;
  }

  preload(): void {
    const locale = this.context.app.getState().locale;
    const x = (WIDTH - BAR.width) / 2;
    const y = HEIGHT / 2;
    const status = h('p', { class: 'sr-only', role: 'status' }, t(locale, 'boot.loading'));
    createLayer(this, this.context, 'boot-layer').append(status);
    this.add
      .text(WIDTH / 2, y - 36, t(locale, 'app.title'), {
        fontFamily: FONT_STACK,
        fontSize: '40px',
        fontStyle: 'bold',
        color: '#ffffff',
      })
      .setOrigin(0.5);
    this.add.graphics().fillStyle(0xffffff, 0.15).fillRoundedRect(x, y, BAR.width, BAR.height, 11);
    const bar = this.add.graphics();
    this.load.on('progress', (value: number) => {
      bar.clear().fillStyle(PALETTE.orange, 1);
      bar.fillRoundedRect(x + 3, y + 3, Math.max(16, (BAR.width - 6) * value), BAR.height - 6, 8);
    });
    this.load.svg('logo', logoUrl, { width: 128, height: 128 });
  }

  create(): void {
    ensureOfficeTextures(this);
    ensureCounterTexture(this);
    ensurePersonTextures(this, CLERK_LOOK, ['happy']);
    void this.context.settingsReady.then(() =>
      this.context.app.getState().show(this.firstScreen()),
    );
  }
}
