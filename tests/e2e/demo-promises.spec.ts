/**
 * The promises demo level: an answer makes a promise, which appears in the list with its time
 * left; it cannot be kept while a customer is at the desk; K keeps it once the desk is free,
 * and the level plays to its end screen.
 */
import { answer, callNext } from './harness/desk-keys.ts';
import { expect, test } from './support.ts';

test('a promise is made, kept in a free moment, and the demo ends', async ({ page }) => {
  await page.goto('/?level=demo-promises&speed=2');
  await callNext(page);
  await expect(page.getByRole('heading', { name: 'Laura Tamm', level: 2 })).toBeVisible();
  await answer(page, 'promise-callback');
  const promises = page.getByRole('region', { name: 'Your promises' });
  const keep = promises.getByRole('button', { name: /Keep: Call Laura back about the kettle/ });
  await expect(keep).toBeVisible();
  await expect(promises.getByText(/^0:\d\d left$/)).toBeVisible();

  await callNext(page);
  await expect(page.getByRole('heading', { name: 'Piotr Zieliński', level: 2 })).toBeVisible();
  await expect(keep).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('k'); // the desk is busy: nothing happens
  await expect(keep).toBeVisible();
  await answer(page, 'thank-warmly');

  await expect(keep).not.toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('k');
  await expect(page.getByRole('log', { name: 'What just happened' })).toContainText(
    'Promise kept: Call Laura back about the kettle.',
  );
  await expect(page.getByRole('heading', { name: 'Shift complete' })).toBeVisible({
    timeout: 15_000,
  });
});
