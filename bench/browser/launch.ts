/**
 * The benchmark's browser: headless Debian Chromium with real GPU-path WebGL (ANGLE on EGL),
 * launched with the shared flags, never `--disable-gpu`, which would fall back to a
 * software path and measure the wrong renderer.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
// For the `window.__frontDeskBench` declaration the page functions below rely on.
import type {} from '../../src/bench/bench-hooks.ts';
import { CHROMIUM_ARGS } from '../../tests/chromium-flags.ts';

/** Viewport of every benchmark page (the game's design size). */
export const BENCH_VIEWPORT = { width: 1280, height: 720 } as const;

/** Launches the benchmark browser. */
export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS],
  });
}

/** A fresh context and page (cold HTTP cache) whose uncaught errors fail the measurement. */
export async function openPage(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: BENCH_VIEWPORT });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

/** Waits until the page's bench hooks report the measured scene ready. */
export async function waitForBenchReady(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.waitForFunction(() => window.__frontDeskBench?.ready === true, null, {
    timeout: timeoutMs,
    polling: 50,
  });
}

/** Throws with the page's uncaught errors, if any. */
export function assertNoPageErrors(url: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`${url} threw: ${errors.slice(0, 3).join(' | ')}`);
}
