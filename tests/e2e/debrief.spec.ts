/**
 * The debrief on its own in a harness page: a first-shift attempt played by the real
 * simulation in Node, rendered by the real view. (After a real play: `scores.spec.ts`.)
 */
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { Level, Locale } from '../../src/core/level.ts';
import type { Attempt } from '../../src/storage/scores/model.ts';
import { harnessPage } from './harness/build-harness.ts';
import { firstShift, playedAttempt } from './harness/played-attempt.ts';
import { expect, snapshot, test } from './support.ts';

let html: Promise<string> | undefined;

async function showDebrief(page: Page, level: Level, attempt: Attempt, locale: Locale) {
  html ??= harnessPage(fileURLToPath(new URL('./harness/debrief-harness.ts', import.meta.url)));
  await page.setContent(await html);
  await page.evaluate(([l, a, loc]) => window.showDebrief(l, a, loc), [
    level,
    attempt,
    locale,
  ] as const);
  return page.getByTestId('debrief');
}

test('draws the chart, lists customers, principles and tips', async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  const level = firstShift();
  const attempt = playedAttempt(level, 'training');
  const debrief = await showDebrief(page, level, attempt, 'en');
  await expect(debrief.getByRole('heading', { name: 'Debrief', level: 2 })).toBeVisible();

  const chart = debrief.getByTestId('debrief-chart');
  const image = chart.getByRole('img');
  await expect(image).toHaveAttribute('aria-label', /^Chart of average satisfaction/);
  await expect(image.locator('title').first()).toHaveText(/Chart of average satisfaction/);
  for (const meter of ['satisfaction', 'self-esteem']) {
    await expect(chart.locator(`svg path.line.${meter}`)).toHaveAttribute('d', /^M[\d.]+ [\d.]+ H/);
  }
  await expect(chart.locator('svg .marker')).toHaveCount(attempt.customers.length);
  await expect(chart.getByText('Self-esteem', { exact: true })).toBeVisible();

  const tips = debrief.getByRole('region', { name: 'What to work on' }).getByRole('listitem');
  expect(await tips.count()).toBeGreaterThanOrEqual(2);
  expect(await tips.count()).toBeLessThanOrEqual(3);
  await expect(debrief.getByRole('region', { name: 'What went well' })).toBeVisible();

  const principles = debrief.getByRole('region', { name: 'Principles' });
  await expect(principles.getByText(/^Source: /).first()).toBeVisible();
  const customers = debrief.getByRole('region', { name: 'Customers' }).locator('details');
  await expect(customers).toHaveCount(attempt.customers.length);
  await snapshot(page, testInfo, 'debrief-training');

  // Keyboard: a closed customer entry opens with Enter on its summary.
  const visit = await debrief.locator('details:not([open])').first().getAttribute('data-visit');
  const entry = debrief.locator(`details[data-visit="${visit}"]`);
  await entry.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(entry).toHaveAttribute('open', '');
});

test('lists every answer with its feedback after a challenge-mode shift', async ({ page }) => {
  const level = firstShift();
  const attempt = playedAttempt(level, 'challenge');
  const debrief = await showDebrief(page, level, attempt, 'en');
  await expect(debrief.getByText(/You played without feedback/)).toBeVisible();
  const given = attempt.customers.reduce((sum, c) => sum + c.choices.length, 0);
  await expect(debrief.locator('li.choice')).toHaveCount(given);
  await expect(debrief.locator('li.choice .choice-feedback')).toHaveCount(given);
});

test('speaks the player’s language and survives an empty shift', async ({ page }, testInfo) => {
  const level = firstShift();
  const attempt = playedAttempt(level, 'training');
  const lt = await showDebrief(page, level, attempt, 'lt');
  await expect(lt.getByRole('heading', { name: 'Pamainos aptarimas' })).toBeVisible();
  await expect(lt.getByText(/^Šaltinis: /).first()).toBeVisible();
  await snapshot(page, testInfo, 'debrief-lt');

  const empty: Attempt = {
    ...attempt,
    customers: [],
    meterTrace: [],
    principles: { honoured: {}, broken: {} },
    outcomes: { delighted: 0, satisfied: 0, neutral: 0, upset: 0, walkedOut: 0 },
  };
  const debrief = await showDebrief(page, level, empty, 'en');
  const image = debrief.getByTestId('debrief-chart').getByRole('img');
  await expect(image).toHaveAttribute('aria-label', /no customer mood was recorded/);
  await expect(debrief.locator('svg path.line')).toHaveCount(0);
  await expect(debrief.getByText('None of the answers touched a service principle.')).toBeVisible();
});
