/**
 * The room every scene starts from: the office backdrop, the localized sign, the clerk behind
 * the counter. Menus and result screens dim it; the desk scene adds the customers.
 */
import type * as Phaser from 'phaser';
import type { Locale } from '../../core/level.ts';
import { t } from '../../i18n/index.ts';
import { COUNTER_PROPS_HEIGHT, COUNTER_TEXTURE } from '../art/counter.ts';
import { OFFICE_TEXTURE, SIGN } from '../art/office.ts';
import { CLERK_LOOK, personTextureKey } from '../art/person.ts';
import { CLERK_X, COUNTER, FEET_Y, HEIGHT, WIDTH } from '../layout.ts';
import { FONT_STACK } from '../ui/fonts.ts';

/** Depths of the layers of the room. */
export const DEPTH = {
  room: 0,
  clerk: 10,
  counter: 20,
  queue: 30,
  desk: 40,
  overlays: 50,
  card: 60,
  dim: 100,
} as const;

/** The parts of the room a scene may update. */
export interface OfficeView {
  readonly clerk: Phaser.GameObjects.Image;
  /** Rewrites the sign in another language. */
  setLocale(locale: Locale): void;
}

/** Adds the office, sign, clerk and counter to `scene`. */
export function addOffice(scene: Phaser.Scene, locale: Locale): OfficeView {
  scene.add.image(0, 0, OFFICE_TEXTURE).setOrigin(0, 0).setDepth(DEPTH.room);
  if (scene.textures.exists('logo')) {
    scene.add
      .image(SIGN.x + 34, SIGN.y + SIGN.height / 2, 'logo')
      .setDisplaySize(40, 40)
      .setDepth(DEPTH.room);
  }
  const sign = scene.add
    .text(SIGN.x + SIGN.width / 2 + 18, SIGN.y + SIGN.height / 2, '', {
      fontFamily: FONT_STACK,
      fontSize: '24px',
      fontStyle: 'bold',
      color: '#ffffff',
      align: 'center',
    })
    .setOrigin(0.5)
    .setDepth(DEPTH.room);
  const clerk = scene.add
    .image(CLERK_X, FEET_Y, personTextureKey(CLERK_LOOK, 'happy'))
    .setOrigin(0.5, 1)
    .setDepth(DEPTH.clerk);
  scene.tweens.add({
    targets: clerk,
    y: FEET_Y - 3,
    duration: 1600,
    yoyo: true,
    repeat: -1,
    ease: 'Sine.easeInOut',
  });
  scene.add
    .image(COUNTER.x, COUNTER.y - COUNTER_PROPS_HEIGHT, COUNTER_TEXTURE)
    .setOrigin(0, 0)
    .setDepth(DEPTH.counter);

  const setLocale = (next: Locale): void => {
    sign.setText(t(next, 'desk.label'));
    const room = SIGN.width - 90;
    sign.setScale(sign.width > room ? room / sign.width : 1);
  };
  setLocale(locale);
  return { clerk, setLocale };
}

/** Darkens the room behind a menu or result card. */
export function dimRoom(scene: Phaser.Scene, alpha = 0.45): Phaser.GameObjects.Rectangle {
  return scene.add
    .rectangle(0, 0, WIDTH, HEIGHT, 0x101826, alpha)
    .setOrigin(0, 0)
    .setDepth(DEPTH.dim);
}
