/**
 * Every campaign level after the first plays to its end screen with the keyboard alone
 * (first-shift has its own, closer test). The campaign's content is checked in
 * tests/unit/levels/campaign-coverage.test.ts.
 */
import { CAMPAIGN_ORDER } from '../../src/levels/campaign.ts';
import { playToTheEnd } from './harness/play-keyboard.ts';
import { expect, test } from './support.ts';

for (const id of CAMPAIGN_ORDER.slice(1)) {
  test(`campaign level "${id}" plays to its end screen`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/?level=${id}&speed=8`);
    // A preparation checklist, if the level has one, is left to run out by itself.
    const answered = await playToTheEnd(page, 100_000);
    expect(answered).toBeGreaterThan(0);
    await expect(page.getByRole('heading', { name: 'Shift complete' })).toBeVisible();
    await expect(page.getByTestId('debrief')).toBeVisible();
  });
}
