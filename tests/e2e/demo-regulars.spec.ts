/**
 * The regulars demo level: a regular's card is closed at first (only the generic greeting is on
 * offer), C opens it and shows his history, which unlocks the answer that recalls it; the level
 * plays to its end screen.
 */
import { answer, callNext } from './harness/desk-keys.ts';
import { expect, test } from './support.ts';

test("a regular's card unlocks the personal greeting, and the demo ends", async ({ page }) => {
  await page.goto('/?level=demo-regulars&speed=2');
  await callNext(page);
  await expect(page.getByRole('heading', { name: 'Jonas Berg', level: 2 })).toBeVisible();
  const open = page.getByRole('button', { name: /Customer card/ });
  await expect(open).toBeVisible();
  await expect(page.locator('button.choice')).toHaveCount(1);
  await page.keyboard.press('c');
  const card = page.getByRole('complementary', { name: 'Regular customer' });
  await expect(card).toContainText('a black ink cartridge');
  await expect(page.locator('button.choice')).toHaveCount(2);
  await answer(page, 'recall');
  await expect(page.getByRole('heading', { name: 'Shift complete' })).toBeVisible({
    timeout: 15_000,
  });
});
