/**
 * The backup-colleague demo level: B opens the second desk (shown with its time left), the
 * colleague takes customers from the front of the queue, a second call while it is open does
 * nothing, and the level plays to its end screen.
 */
import { playToTheEnd } from './harness/play-keyboard.ts';
import { expect, test } from './support.ts';

test('a colleague opens the second desk and serves from the queue', async ({ page }) => {
  await page.goto('/?level=demo-backup&speed=2');
  const control = page.locator('.backup');
  await expect(control.getByRole('status')).toHaveText('calls left: 2');
  await page.waitForFunction(
    () => document.querySelectorAll('section[aria-labelledby="queue-heading"] li').length >= 4,
  );
  await page.keyboard.press('b');
  await expect(control.getByRole('status')).toHaveText(/^Colleague at the second desk: 0:1\d$/);
  await expect(page.getByRole('button', { name: /Call a colleague/ })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await page.keyboard.press('b'); // already open: refused, nothing changes
  await expect(page.getByRole('log', { name: 'What just happened' })).toContainText(
    'was served at the second desk',
    {
      timeout: 10_000,
    },
  );
  // The desk closes after its time, with one call left.
  await expect(control.getByRole('status')).toHaveText('calls left: 1', { timeout: 15_000 });

  await playToTheEnd(page);
  await expect(page.getByRole('heading', { name: 'Shift complete' })).toBeVisible();
});
