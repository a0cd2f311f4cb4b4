/**
 * The menu builds the sprite shader's variants while it is idle, so the first level links no
 * shader program of its own (each one froze the shift for a moment). Counted by wrapping
 * `linkProgram`; no timing is asserted.
 */
import { playToTheEnd } from './harness/play-keyboard.ts';
import { expect, test, waitForMenu } from './support.ts';

test('after a moment in the menu, a whole level links no new shader program', async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    const counter = { links: 0 };
    Object.assign(window, { __shaderLinks: counter });
    for (const context of [WebGLRenderingContext, WebGL2RenderingContext]) {
      const link = context.prototype.linkProgram;
      context.prototype.linkProgram = function (this: WebGLRenderingContext, program) {
        counter.links += 1;
        link.call(this, program);
      };
    }
  });
  const links = () =>
    page.evaluate(
      () => (window as unknown as { __shaderLinks: { links: number } }).__shaderLinks.links,
    );

  await page.goto('/?speed=8');
  await waitForMenu(page);
  // The warm-up is done when the count stops moving.
  let before = -1;
  for (let now = await links(); now !== before; now = await links()) {
    before = now;
    await page.waitForTimeout(1500);
  }
  expect(before).toBeGreaterThan(2);

  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await playToTheEnd(page, 100_000);
  await expect(page.getByRole('heading', { name: 'Shift complete' })).toBeVisible();
  expect(await links()).toBe(before);
});
