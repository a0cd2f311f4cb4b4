/**
 * Plays the level on screen to its end with the keyboard alone (nod with A, call with Space,
 * answer by number, always the first answer shown), as a trainee would.
 */
import type { Page } from '@playwright/test';

/** Plays until the level-end card shows; throws if that takes longer than `timeoutMs`. */
export async function playToTheEnd(page: Page, timeoutMs = 80_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const look = () =>
    page.evaluate(() => ({
      ended: document.querySelector('.end-card') !== null,
      choices: [...document.querySelectorAll('button.choice')].map(
        (b) => b.getAttribute('data-choice') ?? '',
      ),
      canCall: document.querySelector('button.call-next:not([aria-disabled="true"])') !== null,
      waiting: document.querySelectorAll('section[aria-labelledby="queue-heading"] button').length,
    }));
  for (let view = await look(); !view.ended; view = await look()) {
    if (Date.now() > deadline) throw new Error('The shift did not end in time.');
    if (view.waiting > 0) await page.keyboard.press('a');
    if (view.choices.length > 0) {
      await page.keyboard.press('1');
      await page.waitForFunction(
        (before) =>
          [...document.querySelectorAll('button.choice')]
            .map((b) => b.getAttribute('data-choice'))
            .join() !== before,
        view.choices.join(),
      );
    } else if (view.canCall) {
      await page.keyboard.press('Space');
      await page.waitForTimeout(150);
    } else {
      await page.waitForTimeout(100);
    }
  }
}
