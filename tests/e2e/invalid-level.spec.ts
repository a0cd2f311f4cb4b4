/**
 * A level file with errors opens the error screen, which lists every problem as
 * `file:line:col: severity: message`; Back leads to a menu that still works.
 */
import { readFileSync } from 'node:fs';
import { expect, snapshot, test, waitForMenu } from './support.ts';

test('an invalid level shows its problems and Back returns to a working menu', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await waitForMenu(page);
  await page.getByRole('button', { name: 'Choose a level' }).click();
  await expect(page.getByRole('heading', { name: 'Choose a level' })).toBeVisible();

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a level file…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'broken-level.json',
    mimeType: 'application/json',
    buffer: readFileSync(new URL('./fixtures/broken-level.json', import.meta.url)),
  });

  await expect(page.getByRole('heading', { name: /This level cannot be played/ })).toBeVisible();
  const problems = page.locator('.problems li');
  expect(await problems.count()).toBeGreaterThanOrEqual(2);
  for (const text of await problems.allTextContents()) {
    expect(text).toMatch(/^broken-level\.json:\d+:\d+: (error|warning): .+/);
  }
  await expect(page.getByText(/broken-level\.json:9:\d+: error: .*difficulty/)).toBeVisible();
  await snapshot(page, testInfo, 'error-screen');

  await page.getByRole('button', { name: 'Back to menu' }).click();
  await waitForMenu(page);
  await page.getByRole('button', { name: 'Choose a level' }).click();
  await expect(
    page.getByRole('button', { name: /broken-level\.json.*Contains errors/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await waitForMenu(page);
  await expect(page.getByRole('button', { name: 'Choose a level' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /Call next customer/ })).toBeVisible();
});
