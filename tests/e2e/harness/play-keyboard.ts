/**
 * Plays the level on screen to its end with the keyboard alone (nod with A, call with Space,
 * answer by number, the first answer shown unless a strategy picks), as a trainee would.
 */
import type { Page } from '@playwright/test';

/** Which answer to give, by its index among the shown answers' choice ids. */
export type AnswerStrategy = (choiceIds: readonly string[]) => number;

/** Plays until the level-end card shows; throws if that takes longer than `timeoutMs`. */
export async function playToTheEnd(
  page: Page,
  timeoutMs = 80_000,
  pick: AnswerStrategy = () => 0,
  onAnswer?: (answered: number) => Promise<void>,
): Promise<number> {
  let answered = 0;
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
      await onAnswer?.(answered);
      await page.keyboard.press(String(pick(view.choices) + 1));
      answered += 1;
      await page.waitForFunction(
        (before) =>
          [...document.querySelectorAll('button.choice')]
            .map((b) => b.getAttribute('data-choice'))
            .join() !== before,
        view.choices.join(),
      );
    } else if (view.canCall) {
      await page.keyboard.press('Space');
      // Someone walking out at that very moment would leave the button there: just go on.
      await page
        .waitForFunction(() => document.querySelector('button.call-next') === null, undefined, {
          timeout: 5000,
        })
        .catch(() => undefined);
    } else {
      await page.waitForTimeout(100);
    }
  }
  return answered;
}
