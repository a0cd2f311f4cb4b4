/**
 * Baseline for start-up: the smallest Phaser game that shows something, one text object, built
 * like the game. It marks itself interactive when its scene has been created, as the game's
 * menu marks `frontdesk:menu-interactive`.
 */
import Phaser from 'phaser';
import { BASELINE_HEIGHT, BASELINE_WIDTH } from './layout.ts';

/** The performance mark the start-up benchmark waits for. */
const INTERACTIVE_MARK = 'frontdesk:hello-interactive';

class HelloScene extends Phaser.Scene {
  constructor() {
    super('HelloScene');
  }

  create(): void {
    this.add
      .text(BASELINE_WIDTH / 2, BASELINE_HEIGHT / 2, 'Hello, Front Desk', {
        fontFamily: 'sans-serif',
        fontSize: '48px',
        color: '#ffffff',
      })
      .setOrigin(0.5);
    performance.mark(INTERACTIVE_MARK);
  }
}

new Phaser.Game({
  type: Phaser.WEBGL,
  parent: 'game',
  width: BASELINE_WIDTH,
  height: BASELINE_HEIGHT,
  backgroundColor: '#1d2230',
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  scene: [HelloScene],
});
