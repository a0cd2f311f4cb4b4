/** Pausing stops the clock: a waiting customer's patience meter does not move while paused. */
import { expect, snapshot, test } from './support.ts';

test('pause freezes patience and resume lets it drain again', async ({ page }, testInfo) => {
  await page.goto('/?level=first-shift&speed=4');
  const patience = page.getByRole('meter', { name: 'Patience of Kadri Tamm' });
  await expect(patience).toBeAttached({ timeout: 15_000 });
  const value = async () => Number(await patience.getAttribute('aria-valuenow'));
  await expect.poll(value).toBeLessThan(98);

  await page.keyboard.press('Escape');
  const dialog = page.getByRole('dialog', { name: 'Paused' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Resume' })).toBeFocused();
  const frozen = await value();
  const clock = await page.locator('.topbar .stat-value').first().textContent();
  await page.waitForTimeout(2000);
  expect(await value()).toBe(frozen);
  expect(await page.locator('.topbar .stat-value').first().textContent()).toBe(clock);
  await snapshot(page, testInfo, 'paused');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect.poll(value, { timeout: 5000 }).toBeLessThan(frozen - 2);

  // Clicking a waiting customer on the canvas nods to them (first queue slot: x 672).
  await page.mouse.click(672, 330);
  await expect(page.getByText('Kadri Tamm (acknowledged)')).toBeAttached();
});
