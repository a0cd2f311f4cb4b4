/**
 * The form-of-address demo level: the customer card says how each customer speaks, answering a
 * formal customer informally is named as breaking "Match the customer's register", following an
 * informal customer is named as honouring it, and the level plays to its end screen.
 */
import { answer, callNext } from './harness/desk-keys.ts';
import { expect, test } from './support.ts';

test('the form of address is shown, judged and named, and the demo ends', async ({ page }) => {
  await page.goto('/?level=demo-address&speed=4');
  await expect(
    page.getByRole('heading', { name: 'Demo: form of address', level: 1 }),
  ).toBeVisible();
  await callNext(page);
  await expect(page.getByRole('heading', { name: 'Helena Kask', level: 2 })).toBeVisible();
  await expect(page.getByText('Speaks formally')).toBeVisible();
  await answer(page, 'casual-check');
  const feedback = page.locator('aside.feedback');
  await expect(feedback).toContainText('Too familiar');
  await expect(feedback.locator('li.broken')).toContainText('Match the customer’s register');
  await answer(page, 'formal-close');

  await callNext(page);
  await expect(page.getByRole('heading', { name: 'Mati Saar', level: 2 })).toBeVisible();
  await expect(page.getByText('Speaks informally, on first-name terms')).toBeVisible();
  await answer(page, 'follow-casual');
  await expect(feedback.locator('li.honoured')).toContainText(['Match the customer’s register']);
  await answer(page, 'casual-promise');

  await expect(page.getByRole('heading', { name: 'Shift complete' })).toBeVisible({
    timeout: 30_000,
  });
  // The debrief counts the register once honoured and once broken.
  const register = page
    .getByTestId('debrief')
    .getByRole('listitem')
    .filter({ hasText: 'Match the customer’s register' })
    .first();
  await expect(register).toBeVisible();
});
