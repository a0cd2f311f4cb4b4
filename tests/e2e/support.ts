/**
 * Shared end-to-end fixtures: every test fails on any console error or uncaught page error,
 * and can save screenshots as test artifacts.
 */
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';

/** The test object with an automatic console-error guard. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      await use(errors);
      expect(errors, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Saves a screenshot of the page as an artifact of the running test. */
export async function snapshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

/** Waits until the main menu shows (its Play button, in the given language). */
export async function waitForMenu(page: Page, playLabel = 'Play'): Promise<void> {
  await expect(page.getByRole('button', { name: playLabel, exact: true })).toBeVisible({
    timeout: 15_000,
  });
}
