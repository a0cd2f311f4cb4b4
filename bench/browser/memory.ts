/**
 * Memory: the JS heap after one level restart and after twenty, each read after forced garbage
 * collection through the DevTools protocol (`performance.memory` is coarse and rate-limited).
 * A heap that keeps growing across restarts means something outlives its scene.
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import { assertNoPageErrors, openPage, waitForBenchReady } from './launch.ts';
import { stressUrl } from './frames.ts';

/** Heap sizes in bytes. */
export interface MemoryFigures {
  readonly customers: number;
  readonly afterOneRestartBytes: number;
  readonly afterManyRestartsBytes: number;
  readonly restarts: number;
  /** After many / after one. */
  readonly ratio: number;
}

async function heapAfterGc(cdp: CDPSession, page: Page): Promise<number> {
  // Two passes, with a frame in between, so objects freed by finalizers are gone too.
  await cdp.send('HeapProfiler.collectGarbage');
  await page.waitForTimeout(100);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize;
}

async function restartLevel(page: Page): Promise<void> {
  const restarted = await page.evaluate(async () => {
    const hooks = window.__frontDeskBench;
    if (!hooks?.restartLevel) return false;
    await hooks.restartLevel();
    return true;
  });
  if (!restarted) throw new Error('The page has no __frontDeskBench.restartLevel hook.');
}

/** Restarts the stress level `restarts` times, reading the heap after the first and the last. */
export async function benchMemory(
  browser: Browser,
  origin: string,
  customers: number,
  restarts: number,
  settleMs: number,
): Promise<MemoryFigures> {
  const url = stressUrl(origin, customers);
  const { context, page, errors } = await openPage(browser);
  try {
    await page.goto(url);
    await waitForBenchReady(page);
    const cdp = await context.newCDPSession(page);
    await restartLevel(page);
    await page.waitForTimeout(settleMs);
    const afterOneRestartBytes = await heapAfterGc(cdp, page);
    for (let restart = 1; restart < restarts; restart += 1) {
      await restartLevel(page);
      await page.waitForTimeout(50);
    }
    await page.waitForTimeout(settleMs);
    const afterManyRestartsBytes = await heapAfterGc(cdp, page);
    assertNoPageErrors(url, errors);
    return {
      customers,
      afterOneRestartBytes,
      afterManyRestartsBytes,
      restarts,
      ratio: afterManyRestartsBytes / afterOneRestartBytes,
    };
  } finally {
    await context.close();
  }
}
