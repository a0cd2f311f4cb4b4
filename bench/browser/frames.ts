/**
 * Frame work and frame time with N customers on screen: the game's stress mode against the bare
 * baseline scene with N sprites, in the same browser, one page at a time. Each side runs twice,
 * in A-B-B-A order, and the halves are pooled, so a slow spell on a busy machine hits both sides.
 */
import type { Browser } from '@playwright/test';
import type { FrameSamples } from '../../src/bench/frame-probe.ts';
import { distribution, type Distribution } from '../stats.ts';
import { assertNoPageErrors, openPage, waitForBenchReady } from './launch.ts';

/** Work and gap distributions of one side. */
export interface FrameSide {
  readonly work: Distribution;
  readonly gap: Distribution;
}

/** One customer count, game beside baseline. */
export interface FrameComparison {
  readonly customers: number;
  readonly game: FrameSide;
  readonly baseline: FrameSide;
  /** Game work p95 / baseline work p95. */
  readonly workP95Ratio: number;
}

/** Where the pages are and how long to watch them. */
export interface FrameBenchOptions {
  readonly origin: string;
  readonly customerCounts: readonly number[];
  /** Total sampling time per side and customer count, in milliseconds. */
  readonly durationMs: number;
  /** Time between the scene being ready and sampling, in milliseconds. */
  readonly settleMs: number;
}

async function sampleFrames(
  browser: Browser,
  url: string,
  options: FrameBenchOptions,
  durationMs: number,
): Promise<FrameSamples> {
  const { context, page, errors } = await openPage(browser);
  try {
    await page.goto(url);
    await waitForBenchReady(page);
    await page.waitForTimeout(options.settleMs);
    await page.evaluate(() => window.__frontDeskBench?.startSampling());
    await page.waitForTimeout(durationMs);
    const samples = await page.evaluate(() => window.__frontDeskBench?.stopSampling());
    assertNoPageErrors(url, errors);
    if (!samples || samples.work.length === 0) throw new Error(`${url}: no frames sampled.`);
    return samples;
  } finally {
    await context.close();
  }
}

function side(samples: readonly FrameSamples[]): FrameSide {
  return {
    work: distribution(samples.flatMap((sample) => sample.work)),
    gap: distribution(samples.flatMap((sample) => sample.gaps)),
  };
}

/** Game URL of the stress mode with `customers` on screen. */
export function stressUrl(origin: string, customers: number): string {
  return `${origin}/app/index.html?bench=stress&customers=${customers}`;
}

/** Runs the frame benchmark for every customer count. */
export async function benchFrames(
  browser: Browser,
  options: FrameBenchOptions,
): Promise<FrameComparison[]> {
  const comparisons: FrameComparison[] = [];
  const half = options.durationMs / 2;
  for (const customers of options.customerCounts) {
    const gameUrl = stressUrl(options.origin, customers);
    const baselineUrl = `${options.origin}/baseline/scene.html?customers=${customers}`;
    const game1 = await sampleFrames(browser, gameUrl, options, half);
    const base1 = await sampleFrames(browser, baselineUrl, options, half);
    const base2 = await sampleFrames(browser, baselineUrl, options, half);
    const game2 = await sampleFrames(browser, gameUrl, options, half);
    const game = side([game1, game2]);
    const baseline = side([base1, base2]);
    comparisons.push({
      customers,
      game,
      baseline,
      workP95Ratio: game.work.p95 / baseline.work.p95,
    });
  }
  return comparisons;
}
