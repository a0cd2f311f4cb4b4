/**
 * The benchmark's stress mode works on the built game (a smoke check, no timings asserted):
 * N customers stand in the queue, the frame probe samples frames, and a level restart through
 * the hook really restarts the desk.
 */
import { expect, test } from './support.ts';

test('stress mode puts the customers on screen and samples frames', async ({ page }) => {
  await page.goto('/?bench=stress&customers=30');
  await page.waitForFunction(() => window.__frontDeskBench?.ready === true);
  await expect(page.getByText('30 customers waiting').first()).toBeVisible();
  const samples = await page.evaluate(async () => {
    const hooks = window.__frontDeskBench;
    if (!hooks) return null;
    hooks.startSampling();
    await new Promise((resolve) => setTimeout(resolve, 600));
    return hooks.stopSampling();
  });
  expect(samples?.work.length).toBeGreaterThan(0);
  expect(samples?.work.every((ms) => ms >= 0)).toBe(true);
  expect(samples?.gaps.length).toBeGreaterThan(0);

  const starts = await page.evaluate(async () => {
    const hooks = window.__frontDeskBench;
    await hooks?.restartLevel?.();
    await hooks?.restartLevel?.();
    return hooks?.starts;
  });
  expect(starts).toBe(3);
  await expect(page.getByText('30 customers waiting').first()).toBeVisible();
});
