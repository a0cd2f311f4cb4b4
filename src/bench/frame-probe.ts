/**
 * Per-frame timing of a Phaser game, shared by the game's stress mode and the bare baseline
 * scene so both are measured by the very same code. Work is the time from the game's `prestep`
 * event to its `postrender` event (update plus render submission, on the main thread); the gap
 * is the time between consecutive `prestep` events (what the player sees as the frame time).
 */
import type Phaser from 'phaser';

/** Phaser's game events (Phaser.Core.Events.PRE_STEP and POST_RENDER). */
const PRE_STEP = 'prestep';
const POST_RENDER = 'postrender';

/** Samples in milliseconds, in frame order. */
export interface FrameSamples {
  readonly work: number[];
  readonly gaps: number[];
}

/** Starts and stops sampling; frames outside a sampling window cost one comparison. */
export interface FrameProbe {
  start(): void;
  /** Stops sampling and returns (and forgets) what was collected. */
  stop(): FrameSamples;
  /** Frames seen since the probe was attached, sampled or not. */
  frames(): number;
}

/** Attaches a probe to `game`'s event loop. */
export function attachFrameProbe(game: Phaser.Game): FrameProbe {
  let sampling = false;
  let frameCount = 0;
  let stepStart = Number.NaN;
  let work: number[] = [];
  let gaps: number[] = [];
  game.events.on(PRE_STEP, () => {
    const now = performance.now();
    frameCount += 1;
    if (sampling && !Number.isNaN(stepStart)) gaps.push(now - stepStart);
    stepStart = now;
  });
  game.events.on(POST_RENDER, () => {
    if (sampling && !Number.isNaN(stepStart)) work.push(performance.now() - stepStart);
  });
  return {
    start() {
      work = [];
      gaps = [];
      // The first gap would span the time before sampling began, so it is skipped.
      stepStart = Number.NaN;
      sampling = true;
    },
    stop() {
      sampling = false;
      const samples = { work, gaps };
      work = [];
      gaps = [];
      return samples;
    },
    frames: () => frameCount,
  };
}
