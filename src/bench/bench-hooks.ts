/**
 * The measurement hooks a benchmarked page exposes on `window.__frontDeskBench`, the same for the
 * game's stress mode and the bare baseline pages, so the benchmark drives both identically.
 */
import type Phaser from 'phaser';
import { attachFrameProbe, type FrameSamples } from './frame-probe.ts';

/** What the benchmark can read and call on a page. */
export interface FrontDeskBench {
  /** True once the measured scene is running with all its customers on screen. */
  ready: boolean;
  /** Customers (or baseline sprites) on screen. */
  customers: number;
  /** Times the measured scene has been (re)started and finished creating. */
  starts: number;
  startSampling(): void;
  stopSampling(): FrameSamples;
  /** Frames seen so far. */
  frames(): number;
  /** Restarts the level (game only); resolves once the new scene has been created. */
  restartLevel?: () => Promise<void>;
}

declare global {
  interface Window {
    __frontDeskBench?: FrontDeskBench;
  }
}

/** Creates the hooks for `game`, publishes them on `window` and returns them. */
export function installBenchHooks(game: Phaser.Game, customers: number): FrontDeskBench {
  const probe = attachFrameProbe(game);
  const hooks: FrontDeskBench = {
    ready: false,
    customers,
    starts: 0,
    startSampling: () => probe.start(),
    stopSampling: () => probe.stop(),
    frames: () => probe.frames(),
  };
  window.__frontDeskBench = hooks;
  return hooks;
}
