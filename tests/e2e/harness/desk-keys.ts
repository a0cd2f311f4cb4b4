/** Keyboard steps at the desk, for end-to-end tests that play a level answer by answer. */
import { expect, type Page } from '@playwright/test';

/** Presses the number key of the answer with this choice id (answers are shown shuffled). */
export async function answer(page: Page, choiceId: string): Promise<void> {
  // The answers appear once the customer has reached the desk.
  await page.locator(`button.choice[data-choice="${choiceId}"]`).waitFor();
  const ids = await page
    .locator('button.choice')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-choice')));
  const index = ids.indexOf(choiceId);
  expect(index, `answer ${choiceId} should be on offer`).toBeGreaterThanOrEqual(0);
  await page.keyboard.press(String(index + 1));
}

/** Waits until someone can be called, then calls them with Space. */
export async function callNext(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.querySelector('button.call-next:not([aria-disabled="true"])'),
  );
  await page.keyboard.press('Space');
}
