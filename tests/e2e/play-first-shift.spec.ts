/**
 * Plays the first level from the menu with the keyboard alone: call the next customer, nod to
 * everyone waiting, answer by number, until the shift ends; then read the score and stars.
 */
import { readFileSync } from 'node:fs';
import { playToTheEnd } from './harness/play-keyboard.ts';
import { expect, snapshot, test, waitForMenu } from './support.ts';

interface LevelChoice {
  id: string;
  effects?: { satisfaction?: number; selfEsteem?: number };
}
interface LevelFile {
  dialogues: { nodes: { choices: LevelChoice[] }[] }[];
}

/** How good each answer of the level is (the strategy: the kindest answer by its effects). */
function choiceValues(): Map<string, number> {
  const level = JSON.parse(
    readFileSync(new URL('../../levels/first-shift.json', import.meta.url), 'utf8'),
  ) as LevelFile;
  const values = new Map<string, number>();
  for (const choice of level.dialogues.flatMap((d) => d.nodes.flatMap((n) => n.choices))) {
    values.set(choice.id, (choice.effects?.satisfaction ?? 0) + (choice.effects?.selfEsteem ?? 0));
  }
  return values;
}

test('plays first-shift with the keyboard alone and scores', async ({ page }, testInfo) => {
  test.setTimeout(100_000);
  const values = choiceValues();
  await page.goto('/?speed=4');
  await waitForMenu(page);
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeFocused();
  await snapshot(page, testInfo, 'menu');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'First shift', level: 1 })).toBeVisible();

  const endHeading = page.getByRole('heading', { name: 'Shift complete' });
  // The strategy: the kindest answer shown, by its effects.
  const kindest = (ids: readonly string[]) =>
    ids.reduce(
      (bestIndex, id, index) =>
        (values.get(id) ?? 0) > (values.get(ids[bestIndex] ?? '') ?? 0) ? index : bestIndex,
      0,
    );
  const answered = await playToTheEnd(page, 80_000, kindest, async (count) => {
    if (count === 1) await snapshot(page, testInfo, 'conversation');
  });

  await expect(endHeading).toBeVisible();
  await page.waitForTimeout(1200); // let the stars pop in
  await snapshot(page, testInfo, 'level-end');
  const scoreText = (await page.getByText(/^Score: \d+$/).textContent()) ?? '';
  const score = Number(/\d+/.exec(scoreText)?.[0]);
  expect(score).toBeGreaterThan(0);
  const starsLabel =
    (await page.getByRole('img', { name: /out of 3/ }).getAttribute('aria-label')) ?? '';
  const stars = Number(/^(\d)/.exec(starsLabel)?.[1]);
  expect(stars).toBeGreaterThanOrEqual(1);
  expect(stars).toBeLessThanOrEqual(3);
  expect(answered).toBeGreaterThan(5);

  // The way on is focused (the next level once one is open, else "Play again").
  await expect(page.locator('.end-card .actions button.primary')).toBeFocused();
  await page.getByRole('button', { name: 'Play again' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'First shift', level: 1 })).toBeVisible();
  await expect(page.locator('.topbar .stat-value').nth(1)).toHaveText('0');
  await expect(page.getByRole('button', { name: /Call next customer/ })).toBeVisible();
});
