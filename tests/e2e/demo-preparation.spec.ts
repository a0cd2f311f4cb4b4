/**
 * The preparation demo level: the checklist shows before the shift, number keys do tasks,
 * a task that no longer fits is greyed, Space opens the desk, what was skipped is named,
 * and the level plays to its end screen.
 */
import { answer, callNext } from './harness/desk-keys.ts';
import { expect, test } from './support.ts';

test('tasks are done with the keys, the desk opens, and the demo ends', async ({ page }) => {
  await page.goto('/?level=demo-preparation');
  const checklist = page.getByRole('region', { name: 'Before the shift' });
  await expect(checklist).toBeVisible();
  await expect(checklist.getByRole('timer')).toHaveText(/^Time left: 0:0\d$/);
  await page.keyboard.press('1'); // stock: 4 s of 8
  await page.keyboard.press('3'); // a clear head: 3 s more
  const stock = checklist.locator('[data-task="stock"]');
  await expect(stock).toHaveAttribute('aria-pressed', 'true');
  await expect(checklist.locator('[data-task="breathe"]')).toHaveAttribute('aria-pressed', 'true');
  // One second left: tidying (3 s) no longer fits.
  await expect(checklist.locator('[data-task="tidy"]')).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Space');
  await expect(checklist).toBeHidden();
  await expect(page.getByRole('log', { name: 'What just happened' })).toContainText(
    'Not done: Clear the desk so every form is at hand.',
  );

  await callNext(page);
  await answer(page, 'thank-warmly');
  await callNext(page);
  await answer(page, 'thank-warmly');
  await expect(page.getByRole('heading', { name: 'Shift complete' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(
    page.getByTestId('debrief').getByText('Come to work ready', { exact: false }).first(),
  ).toBeVisible();
});
