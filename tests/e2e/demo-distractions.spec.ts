/**
 * The distractions demo level: a colleague's chat shows up and is let go by (the right call),
 * the urgent phone call is answered with D, the principles reach the debrief, and the level
 * plays to its end screen.
 */
import { playToTheEnd } from './harness/play-keyboard.ts';
import { expect, test } from './support.ts';

test('a chat is let go, an urgent call is answered, and the demo ends', async ({ page }) => {
  await page.goto('/?level=demo-distractions&speed=2');
  const chat = page.locator('[data-distraction="weekend-chat"]');
  await expect(chat).toContainText('A colleague');
  await expect(chat).toContainText('About the weekend');
  await expect(page.getByRole('log', { name: 'What just happened' })).toContainText(
    'It waited: customers first.',
    {
      timeout: 10_000,
    },
  );
  await expect(chat).toHaveCount(0);

  const call = page.locator('[data-distraction="courier-call"]');
  await expect(call).toContainText('urgent', { timeout: 15_000 });
  await page.keyboard.press('d');
  await expect(page.getByRole('log', { name: 'What just happened' })).toContainText(
    'The urgent matter was handled in time.',
  );
  await expect(call).toHaveCount(0);

  await playToTheEnd(page);
  await expect(page.getByRole('heading', { name: 'Shift complete' })).toBeVisible();
  await expect(
    page.getByTestId('debrief').getByText('Be reliable', { exact: false }).first(),
  ).toBeVisible();
});
