/**
 * The desktop levels folder, driven in Chromium through a stand-in for the preload bridge
 * (Electron cannot start here): the folder's levels are listed, an import refused with its
 * problems or accepted, the app menu's "Import level…", and a level that changes on disk while
 * it is being played restarts with the new text.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, waitForMenu } from './support.ts';

const FIRST_SHIFT = readFileSync(new URL('../../levels/first-shift.json', import.meta.url), 'utf8');
const MINE = FIRST_SHIFT.replace('"id": "first-shift"', '"id": "my-shift"').replace(
  '"en": "First shift"',
  '"en": "My shift"',
);

declare global {
  interface Window {
    /** Test hooks of the stand-in bridge. */
    fakeLevels: {
      files: unknown[];
      importAnswers: unknown[];
      opened: number;
      push(files: unknown[]): void;
      menuImport(): void;
    };
  }
}

/** Installs a desktop bridge with only settings, app and levels (scores fall back to IndexedDB). */
async function asDesktop(page: Page, files: unknown[], importAnswers: unknown[]): Promise<void> {
  await page.addInitScript(
    ([initialFiles, answers]) => {
      const changed = new Set<(files: unknown) => void>();
      const menu = new Set<() => void>();
      const fake = {
        files: initialFiles,
        importAnswers: answers,
        opened: 0,
        push(next: unknown[]) {
          fake.files = next;
          for (const listener of changed) listener(next);
        },
        menuImport() {
          for (const listener of menu) listener();
        },
      };
      window.fakeLevels = fake;
      Object.defineProperty(window, 'frontDesk', {
        value: {
          platform: 'desktop',
          settings: { load: () => Promise.resolve(null), save: () => Promise.resolve() },
          app: { quit: () => undefined },
          levels: {
            list: () => Promise.resolve(fake.files),
            import: () => Promise.resolve(fake.importAnswers.shift()),
            openFolder: () => {
              fake.opened += 1;
              return Promise.resolve('');
            },
            onChanged: (listener: (files: unknown) => void) => {
              changed.add(listener);
              return () => changed.delete(listener);
            },
            onMenuImport: (listener: () => void) => {
              menu.add(listener);
              return () => menu.delete(listener);
            },
          },
        },
      });
    },
    [files, importAnswers] as const,
  );
}

test('lists the folder, refuses a bad import with its problems, accepts a good one', async ({
  page,
}) => {
  await asDesktop(
    page,
    [{ fileName: 'broken.json', text: '{ "schemaVersion": 1, }' }],
    [
      { ok: false, problems: ['lunch.json:12:5: error: unknown key "colour" ($.colour)'] },
      { ok: true, fileName: 'my-shift.json', levelId: 'my-shift', replaced: false },
    ],
  );
  await page.goto('/');
  await waitForMenu(page);
  await page.getByRole('button', { name: 'Choose a level' }).click();
  await expect(page.getByRole('button', { name: /broken\.json.*Contains errors/ })).toBeVisible();

  await page.getByRole('button', { name: 'Import level…' }).click();
  const refused = page.getByRole('alert');
  await expect(refused).toContainText('The file was not imported.');
  await expect(refused).toContainText('lunch.json:12:5: error: unknown key "colour"');

  await page.getByRole('button', { name: 'Import level…' }).click();
  // The main process reports the new file list right after copying it.
  await page.evaluate(
    (text) => window.fakeLevels.push([{ fileName: 'my-shift.json', text }]),
    MINE,
  );
  await expect(page.getByRole('status')).toHaveText(
    '“my-shift.json” was imported and is now in the list.',
  );
  await expect(page.getByRole('button', { name: /My shift.*Levels folder/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /broken\.json/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Open levels folder' }).click();
  await expect.poll(() => page.evaluate(() => window.fakeLevels.opened)).toBe(1);
});

test('the app menu import opens the level list and shows the outcome', async ({ page }) => {
  await asDesktop(page, [], [{ ok: false, problems: ['x.json:1:1: error: not JSON ($)'] }]);
  await page.goto('/');
  await waitForMenu(page);
  await page.evaluate(() => window.fakeLevels.menuImport());
  await expect(page.getByRole('heading', { name: 'Choose a level' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('x.json:1:1: error: not JSON');
});

test('a folder level edited while it is played restarts with the new text', async ({ page }) => {
  await asDesktop(page, [{ fileName: 'my-shift.json', text: MINE }], []);
  await page.goto('/');
  await waitForMenu(page);
  await page.getByRole('button', { name: 'Choose a level' }).click();
  await page.getByRole('button', { name: /My shift/ }).click();
  await expect(page.getByRole('heading', { name: 'My shift', level: 1 })).toBeVisible();

  const renamed = MINE.replace('"en": "My shift"', '"en": "My shift, revised"');
  await page.evaluate(
    (text) => window.fakeLevels.push([{ fileName: 'my-shift.json', text }]),
    renamed,
  );
  await expect(page.getByRole('heading', { name: 'My shift, revised', level: 1 })).toBeVisible();

  // Saved with a mistake: the error screen names it; fixed again: the level is back.
  await page.evaluate(() => window.fakeLevels.push([{ fileName: 'my-shift.json', text: '{' }]));
  await expect(page.getByRole('heading', { name: /This level cannot be played/ })).toBeVisible();
  await expect(page.getByText(/^my-shift\.json:1:2: error/)).toBeVisible();
  await page.evaluate(
    (text) => window.fakeLevels.push([{ fileName: 'my-shift.json', text }]),
    renamed,
  );
  await expect(page.getByRole('heading', { name: 'My shift, revised', level: 1 })).toBeVisible();
});
