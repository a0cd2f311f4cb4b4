/**
 * The customer-traits demo level: the card names each trait with what weighs more, an answer on
 * a principle the customer is sensitive to moves the meters by half as much again, and the
 * level plays to its end screen.
 */
import { answer, callNext } from './harness/desk-keys.ts';
import { expect, test } from './support.ts';

test('traits are shown on the card and weigh the answers, and the demo ends', async ({ page }) => {
  await page.goto('/?level=demo-traits&speed=4');
  await callNext(page);
  await expect(page.getByRole('heading', { name: 'Rita Vaitkė', level: 2 })).toBeVisible();
  await expect(page.getByText(/distrustful \(honesty and owning up weigh more\)/)).toBeVisible();
  const satisfaction = page.getByRole('meter', { name: 'Satisfaction' });
  await expect(satisfaction).toHaveAttribute('aria-valuenow', '35');
  await answer(page, 'own-it');
  // The level says +14; with a distrustful customer who came to complain it counts 1.5 times.
  await expect(page.locator('aside.feedback')).toContainText('honesty weighs more');
  await expect(page.getByRole('heading', { name: 'Rita Vaitkė', level: 2 })).toBeHidden();

  await callNext(page);
  await expect(page.getByRole('heading', { name: 'Jonas Berg', level: 2 })).toBeVisible();
  await expect(
    page.getByText(/finds it hard to explain \(patient, clear explaining/),
  ).toBeVisible();
  await expect(satisfaction).toHaveAttribute('aria-valuenow', '50');
  await answer(page, 'check-understanding');
  await expect(satisfaction).toHaveAttribute('aria-valuenow', '68');
  await answer(page, 'explain-simply');

  await expect(page.getByRole('heading', { name: 'Shift complete' })).toBeVisible({
    timeout: 30_000,
  });
});
