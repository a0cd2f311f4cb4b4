/**
 * Baseline for frame work: a bare Phaser scene drawing one sprite per customer (`?customers=N`),
 * a person-like figure baked into a texture, laid out as a queue and bobbing gently, with the
 * same frame probe the game's stress mode uses. Whatever the game costs beyond this is its own.
 */
import Phaser from 'phaser';
import { installBenchHooks } from '../../src/bench/bench-hooks.ts';
import { BASELINE_HEIGHT, BASELINE_WIDTH, queueSlot } from './layout.ts';

const customers = Math.max(0, Number(new URLSearchParams(location.search).get('customers') ?? 10));

/** Draws a head-and-shoulders figure once and keeps it as a texture. */
function bakeCustomerTexture(scene: Phaser.Scene): void {
  const figure = scene.add.graphics();
  figure.fillStyle(0x3d6bb3).fillRoundedRect(4, 30, 32, 42, 8);
  figure.fillStyle(0xf0c8a0).fillCircle(20, 18, 13);
  figure.fillStyle(0x4a3020).fillEllipse(20, 9, 28, 12);
  figure.generateTexture('baseline-customer', 40, 72);
  figure.destroy();
}

class BaselineScene extends Phaser.Scene {
  private readonly figures: Phaser.GameObjects.Sprite[] = [];

  constructor() {
    super('BaselineScene');
  }

  create(): void {
    bakeCustomerTexture(this);
    for (let index = 0; index < customers; index += 1) {
      const slot = queueSlot(index, customers);
      const tint = Phaser.Display.Color.HSVToRGB((index * 0.137) % 1, 0.35, 1).color;
      this.figures.push(this.add.sprite(slot.x, slot.y, 'baseline-customer').setTint(tint));
    }
    hooks.ready = true;
    hooks.starts += 1;
  }

  override update(time: number): void {
    this.figures.forEach((figure, index) => {
      figure.y = queueSlot(index, customers).y + Math.sin(time / 300 + index) * 2;
    });
  }
}

const game = new Phaser.Game({
  type: Phaser.WEBGL,
  parent: 'game',
  width: BASELINE_WIDTH,
  height: BASELINE_HEIGHT,
  backgroundColor: '#1d2230',
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  scene: [BaselineScene],
});
const hooks = installBenchHooks(game, customers);
