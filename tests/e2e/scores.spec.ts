/**
 * Scores end to end: play a level, see the debrief with its chart and the score in the level's
 * table; reload the app and find the score in the High scores table, the stars in the level
 * list and the play's debrief again. Then the Players screen: add, rename, delete (confirmed).
 */
import type { Page } from '@playwright/test';
import { playToTheEnd } from './harness/play-keyboard.ts';
import { expect, snapshot, test, waitForMenu } from './support.ts';

async function expectChart(page: Page): Promise<void> {
  const chart = page.getByTestId('debrief-chart');
  await expect(chart.getByRole('img')).toHaveAttribute('aria-label', /satisfaction/);
  await expect(chart.locator('svg path.line.satisfaction')).toHaveCount(1);
  await expect(chart.locator('svg path.line.self-esteem')).toHaveCount(1);
}

test('a played level is scored, debriefed, and still there after a reload', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.goto('/?speed=6');
  await waitForMenu(page);
  await expect(page.getByText('Playing as Player 1')).toBeVisible();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await playToTheEnd(page);
  await expect(page.getByRole('heading', { name: 'Shift complete' })).toBeVisible();
  const score = (await page.locator('.end-card > .score').textContent())?.replace(/\D/g, '') ?? '';
  expect(score).not.toBe('');
  const starsLabel = await page.getByRole('img', { name: /out of 3/ }).getAttribute('aria-label');
  const stars = Number(/^(\d)/.exec(starsLabel ?? '')?.[1]);

  // Saved for the active player, first in the table, highlighted as the new entry.
  await expect(
    page.getByRole('status').filter({ hasText: 'Score saved for Player 1.' }),
  ).toBeVisible();
  const records = page.getByTestId('end-records');
  const mine = records.locator('tr[aria-current="true"]');
  await expect(mine).toHaveCount(1);
  await expect(mine.getByRole('cell').nth(1)).toHaveText(score);
  await expect(mine).toContainText('personal best');
  await expect(records.getByText('New personal best!')).toBeVisible();
  await expectChart(page);
  const tips = page.getByRole('region', { name: 'What to work on' }).getByRole('listitem');
  expect(await tips.count()).toBeGreaterThanOrEqual(1);
  await snapshot(page, testInfo, 'level-end-debrief');

  await page.reload();
  await waitForMenu(page);
  await page.getByRole('button', { name: 'High scores' }).click();
  await expect(page.getByRole('heading', { name: 'High scores', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Level')).toHaveValue('levels/first-shift.json');
  const table = page.getByRole('table', { name: /Top 10 on “First shift”/ });
  const row = table.getByRole('row').nth(1);
  await expect(row.getByRole('cell').first()).toHaveText(/^Player 1/);
  await expect(row.getByRole('cell').nth(1)).toHaveText(score);
  await expect(row.getByRole('cell').nth(3)).toHaveText('Training');
  await row.getByRole('button', { name: /Show the debrief of the play by Player 1/ }).click();
  await expectChart(page);
  await snapshot(page, testInfo, 'high-scores-debrief');

  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('button', { name: 'Choose a level' }).click();
  const firstShift = page.locator('[data-level="levels/first-shift.json"]');
  const best = stars === 1 ? 'Best: 1 star' : `Best: ${stars} stars`;
  await expect(firstShift.getByRole('img', { name: best })).toBeVisible();
});

test('players are added, renamed and deleted only after confirming', async ({ page }) => {
  await page.goto('/');
  await waitForMenu(page);
  await page.getByRole('button', { name: 'Players', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Players', level: 1 })).toBeVisible();

  // The only player cannot be deleted (the button says why when pressed anyway).
  const deleteOnly = page.getByRole('button', { name: 'Delete Player 1' });
  await expect(deleteOnly).toBeDisabled();
  await deleteOnly.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('The only player cannot be deleted');

  await page.getByLabel('Name', { exact: true }).fill('   ');
  await page.getByRole('button', { name: 'Add player' }).click();
  await expect(page.getByRole('alert')).toContainText('must not be empty');
  await page.getByLabel('Name', { exact: true }).fill('Rūta');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Rūta is playing now.');
  const ruta = page.getByRole('button', { name: /^Rūta Playing now/ });
  await expect(ruta).toHaveAttribute('aria-pressed', 'true');
  await expect(ruta).toBeFocused();

  await page.getByRole('button', { name: 'Rename Rūta' }).click();
  const field = page.getByLabel('New name for Rūta');
  await expect(field).toBeFocused();
  await field.fill('Rūta K.');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Rūta K\. Playing now/ })).toBeVisible();

  // Deleting asks first; Cancel keeps the player.
  await page.getByRole('button', { name: 'Delete Player 1' }).click();
  await expect(
    page.getByText('Delete Player 1 and all of their results (0)? This cannot be undone.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: /^Player 1/ })).toBeVisible();
  await page.getByRole('button', { name: 'Delete Player 1' }).click();
  await page.getByRole('group').getByRole('button', { name: 'Delete Player 1' }).click();
  await expect(page.getByRole('status')).toHaveText('Player 1 was deleted.');
  await expect(page.getByRole('button', { name: /^Player 1/ })).toHaveCount(0);

  // The choice of player is remembered.
  await page.reload();
  await waitForMenu(page);
  await expect(page.getByText('Playing as Rūta K.')).toBeVisible();
});
