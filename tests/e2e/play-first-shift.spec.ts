/**
 * Plays the first level from the menu with the keyboard alone: call the next customer, nod to
 * everyone waiting, answer by number, until the shift ends; then read the score and stars.
 */
import { readFileSync } from 'node:fs';
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
  // One DOM snapshot per turn, so nothing waits on an element the next frame may remove.
  const look = () =>
    page.evaluate(() => ({
      ended: document.querySelector('.end-card') !== null,
      choices: [...document.querySelectorAll('button.choice')].map(
        (b) => b.getAttribute('data-choice') ?? '',
      ),
      canCall: document.querySelector('button.call-next:not([aria-disabled="true"])') !== null,
      waitingForNod: document.querySelectorAll('section[aria-labelledby="queue-heading"] button')
        .length,
    }));
  let answered = 0;
  const deadline = Date.now() + 80_000;
  for (let view = await look(); !view.ended; view = await look()) {
    expect(Date.now(), 'the shift should end in time').toBeLessThan(deadline);
    if (view.waitingForNod > 0) await page.keyboard.press('a');
    const ids = view.choices;
    if (ids.length > 0) {
      const best = ids.reduce(
        (bestIndex, id, index) =>
          (values.get(id) ?? 0) > (values.get(ids[bestIndex] ?? '') ?? 0) ? index : bestIndex,
        0,
      );
      if (answered === 1) await snapshot(page, testInfo, 'conversation');
      await page.keyboard.press(String(best + 1));
      answered += 1;
      await page.waitForFunction(
        (before) =>
          [...document.querySelectorAll('button.choice')]
            .map((b) => b.getAttribute('data-choice'))
            .join() !== before,
        ids.join(),
      );
    } else if (view.canCall) {
      await page.keyboard.press('Space');
      // Someone walking out at that very moment would leave the button there: just go on.
      await page
        .waitForFunction(() => document.querySelector('button.call-next') === null, undefined, {
          timeout: 5000,
        })
        .catch(() => undefined);
    } else {
      await page.waitForTimeout(100);
    }
  }

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

  // Enter continues: the focused "Play again" starts a fresh shift.
  await expect(page.getByRole('button', { name: 'Play again' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'First shift', level: 1 })).toBeVisible();
  await expect(page.locator('.topbar .stat-value').nth(1)).toHaveText('0');
  await expect(page.getByRole('button', { name: /Call next customer/ })).toBeVisible();
});
