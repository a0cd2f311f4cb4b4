/**
 * Start-up: navigation start to the main menu being usable, against a bare Phaser hello world
 * built the same way. Every load gets a fresh browser context (cold cache, like a first launch);
 * the two pages alternate, and which goes first alternates too, so drift hits both equally.
 */
import type { Browser, Page } from '@playwright/test';
import { median } from '../stats.ts';
import { assertNoPageErrors, openPage } from './launch.ts';

/** The mark the game sets once the main menu's Play button is visible and enabled. */
export const MENU_INTERACTIVE_MARK = 'frontdesk:menu-interactive';
/** The mark the hello-world baseline sets after its scene's create. */
export const HELLO_INTERACTIVE_MARK = 'frontdesk:hello-interactive';

/** Median start-up times in milliseconds, and every sample. */
export interface StartupFigures {
  readonly gameMs: number;
  readonly helloMs: number;
  readonly ratio: number;
  readonly gameSamples: readonly number[];
  readonly helloSamples: readonly number[];
  /** How the game's readiness was seen: its performance mark, or the Play button by role. */
  readonly gameDetectedBy: 'mark' | 'play-button';
}

function markTime(page: Page, name: string): Promise<number> {
  return page
    .waitForFunction(
      (markName) => performance.getEntriesByName(markName, 'mark')[0]?.startTime ?? false,
      name,
      { timeout: 60_000, polling: 'raf' },
    )
    .then((handle) => handle.jsonValue() as Promise<number>);
}

/** Fallback when the game sets no mark: the Play button, found by role, visible and enabled. */
async function playButtonTime(page: Page): Promise<number> {
  const play = page.getByRole('button', { name: /play/i }).first();
  await play.waitFor({ state: 'visible', timeout: 60_000 });
  while (!(await play.isEnabled())) await page.waitForTimeout(10);
  return page.evaluate(() => performance.now());
}

async function loadOnce(
  browser: Browser,
  url: string,
  ready: (page: Page) => Promise<{ ms: number; by: 'mark' | 'play-button' }>,
): Promise<{ ms: number; by: 'mark' | 'play-button' }> {
  const { context, page, errors } = await openPage(browser);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const result = await ready(page);
    assertNoPageErrors(url, errors);
    return result;
  } finally {
    await context.close();
  }
}

/**
 * Game readiness: whichever comes first, the mark or a usable Play button. `Promise.any` also
 * absorbs the loser's failure when the page closes under it.
 */
function gameReady(page: Page): Promise<{ ms: number; by: 'mark' | 'play-button' }> {
  return Promise.any([
    markTime(page, MENU_INTERACTIVE_MARK).then((ms) => ({ ms, by: 'mark' as const })),
    playButtonTime(page).then((ms) => ({ ms, by: 'play-button' as const })),
  ]);
}

/** Measures start-up `repeats` times per side, interleaved. */
export async function benchStartup(
  browser: Browser,
  origin: string,
  repeats: number,
): Promise<StartupFigures> {
  const gameUrl = `${origin}/app/index.html`;
  const helloUrl = `${origin}/baseline/hello.html`;
  const helloReady = (page: Page) =>
    markTime(page, HELLO_INTERACTIVE_MARK).then((ms) => ({ ms, by: 'mark' as const }));
  const gameSamples: number[] = [];
  const helloSamples: number[] = [];
  let markSeen = 0;
  for (let round = 0; round < repeats; round += 1) {
    const runGame = async () => {
      const result = await loadOnce(browser, gameUrl, gameReady);
      gameSamples.push(result.ms);
      if (result.by === 'mark') markSeen += 1;
    };
    const runHello = async () => {
      helloSamples.push((await loadOnce(browser, helloUrl, helloReady)).ms);
    };
    if (round % 2 === 0) {
      await runGame();
      await runHello();
    } else {
      await runHello();
      await runGame();
    }
  }
  const gameMs = median(gameSamples);
  const helloMs = median(helloSamples);
  return {
    gameMs,
    helloMs,
    ratio: gameMs / helloMs,
    gameSamples,
    helloSamples,
    gameDetectedBy: markSeen * 2 >= repeats ? 'mark' : 'play-button',
  };
}
