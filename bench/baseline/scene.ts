/**
 * Baseline for frame work: a bare Phaser scene drawing one sprite per customer (`?customers=N`),
 * a person-like figure baked into a texture the size of the game's customers (140 x 230, drawn
 * at 0.86 like them), over a full-screen backdrop like the game's office, laid out as a queue
 * and bobbing gently, with the same frame probe the game's stress mode uses. Same pixels to fill,
 * same number of sprites: whatever the game costs beyond this is its own code, not its art.
 */
import Phaser from 'phaser';
import { installBenchHooks } from '../../src/bench/bench-hooks.ts';
import { BASELINE_HEIGHT, BASELINE_WIDTH, queueSlot } from './layout.ts';

const customers = Math.max(0, Number(new URLSearchParams(location.search).get('customers') ?? 10));

/** The game's customer texture size and drawing scale (src/game/art/person.ts, crowd view). */
const FIGURE = { width: 140, height: 230, scale: 0.86 } as const;

/** Draws a standing figure once and keeps it as a texture. */
function bakeCustomerTexture(scene: Phaser.Scene): void {
  const figure = scene.add.graphics();
  figure.fillStyle(0x3d6bb3).fillRoundedRect(30, 70, 80, 110, 18);
  figure.fillStyle(0x2b2b3b).fillRect(40, 175, 24, 50).fillRect(76, 175, 24, 50);
  figure.fillStyle(0xf0c8a0).fillCircle(70, 42, 30);
  figure.fillStyle(0x4a3020).fillEllipse(70, 20, 62, 26);
  figure.generateTexture('baseline-customer', FIGURE.width, FIGURE.height);
  figure.destroy();
}

/** A full-screen backdrop (wall, floor, a window), like the office behind the game's queue. */
function bakeBackdropTexture(scene: Phaser.Scene): void {
  const room = scene.add.graphics();
  room.fillStyle(0xe9dfcf).fillRect(0, 0, BASELINE_WIDTH, BASELINE_HEIGHT * 0.6);
  room.fillStyle(0xb08a64).fillRect(0, BASELINE_HEIGHT * 0.6, BASELINE_WIDTH, BASELINE_HEIGHT);
  room.fillStyle(0x9cc3dd).fillRect(470, 40, 160, 190);
  room.generateTexture('baseline-backdrop', BASELINE_WIDTH, BASELINE_HEIGHT);
  room.destroy();
}

class BaselineScene extends Phaser.Scene {
  private readonly figures: Phaser.GameObjects.Sprite[] = [];

  constructor() {
    super('BaselineScene');
  }

  create(): void {
    bakeCustomerTexture(this);
    bakeBackdropTexture(this);
    this.add.image(0, 0, 'baseline-backdrop').setOrigin(0, 0);
    for (let index = 0; index < customers; index += 1) {
      const slot = queueSlot(index, customers);
      const tint = Phaser.Display.Color.HSVToRGB((index * 0.137) % 1, 0.35, 1).color;
      const figure = this.add.sprite(slot.x, slot.y, 'baseline-customer');
      this.figures.push(figure.setOrigin(0.5, 1).setScale(FIGURE.scale).setTint(tint));
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
