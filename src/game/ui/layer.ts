/**
 * Each scene owns one DOM layer in the overlay, created when the scene starts and removed when
 * it shuts down, so no scene's buttons outlive it.
 */
import type * as Phaser from 'phaser';
import type { GameContext } from '../context.ts';
import { h } from './dom.ts';

/** Adds a layer for `scene` to the overlay; it is removed on the scene's shutdown. */
export function createLayer(
  scene: Phaser.Scene,
  context: GameContext,
  className: string,
): HTMLElement {
  const layer = h('div', { class: `layer ${className}` });
  context.ui.appendChild(layer);
  scene.events.once('shutdown', () => layer.remove());
  return layer;
}

/** Runs `dispose` when the scene shuts down (store subscriptions, key listeners, timers). */
export function onShutdown(scene: Phaser.Scene, dispose: () => void): void {
  scene.events.once('shutdown', dispose);
}

/** Listens to window keys while the scene runs. */
export function listenKeys(
  scene: Phaser.Scene,
  type: 'keydown' | 'keyup',
  handler: (event: KeyboardEvent) => void,
): void {
  window.addEventListener(type, handler);
  onShutdown(scene, () => window.removeEventListener(type, handler));
}
