/** Switching the language changes the menu at once and is remembered after a reload. */
import { expect, snapshot, test, waitForMenu } from './support.ts';

test('the language switch changes the menu and persists after reload', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await waitForMenu(page);
  await page.getByRole('button', { name: /^Language/ }).click();
  await page.getByRole('button', { name: 'Lietuvių' }).click();

  await waitForMenu(page, 'Žaisti');
  await expect(page.getByRole('button', { name: /^Kalba/ })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Pasirinkti lygį' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'lt');
  await snapshot(page, testInfo, 'menu-lt');

  await page.reload();
  await waitForMenu(page, 'Žaisti');
  await expect(page.getByRole('button', { name: 'Žaisti', exact: true })).toBeFocused();

  // Arrow keys move through the menu; the language picker marks the current language.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: /^Kalba/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Lietuvių' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('button', { name: 'Polski' }).click();
  await waitForMenu(page, 'Graj');
});
