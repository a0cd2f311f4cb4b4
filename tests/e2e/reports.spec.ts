/**
 * The trainer reports screen: restore a backup (a bad file is refused with a message and
 * changes nothing; a good one is merged, and merging it again adds nothing), then export the
 * active trainee's and the whole room's results as CSV, JSON and xAPI, and a full backup.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { makeDump } from '../../src/storage/scores/port.ts';
import { makeAttempt, makeProfile, uuid } from '../unit/scores/fixtures.ts';
import { expect, snapshot, test, waitForMenu } from './support.ts';

const ada = makeProfile({ id: uuid(1), name: 'Ada Šimkutė' });
const bert = makeProfile({ id: uuid(2), name: 'Bert' });
const backup = makeDump(
  [ada, bert],
  [
    makeAttempt({ id: uuid(101), profileId: ada.id }),
    makeAttempt({ id: uuid(102), profileId: bert.id, score: 40, stars: 0 }),
  ],
  ada.id,
  new Date('2025-03-02T08:00:00.000Z'),
);

async function restore(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function download(page: Page, label: string): Promise<{ file: Download; text: string }> {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: label, exact: true }).click();
  const file = await pending;
  return { file, text: await readFile(await file.path(), 'utf8') };
}

test('restores a backup and exports results in every format', async ({ page }, testInfo) => {
  await page.goto('/');
  await waitForMenu(page);
  await page.getByRole('button', { name: 'Trainer reports' }).click();
  await expect(page.getByRole('heading', { name: 'Trainer reports', level: 1 })).toBeVisible();
  // A first player is made on the first start, so a first play is never lost.
  await expect(page.getByText('Stored on this computer: 0 results from 1 player.')).toBeVisible();

  await restore(page, 'notes.json', '{"hello": "world"}');
  await expect(page.getByRole('alert')).toContainText('not a valid Front Desk scores backup');
  await restore(page, 'broken.json', 'this is not JSON');
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
  await expect(page.getByText(/0 results from 1 player\./)).toBeVisible();

  await restore(page, 'backup.json', JSON.stringify(backup));
  await expect(page.getByRole('status')).toHaveText(
    'Restored. New results: 2; already stored: 0; new players: 2.',
  );
  await expect(page.getByText('Stored on this computer: 2 results from 3 players.')).toBeVisible();
  await restore(page, 'backup.json', JSON.stringify(backup));
  await expect(page.getByRole('status')).toHaveText(
    'Restored. New results: 0; already stored: 2; new players: 0.',
  );

  // The restored players are at once on the Players screen; this computer's choice of active
  // player is kept until someone picks another.
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('button', { name: 'Players', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Player 1 Playing now/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('button', { name: /^Ada Šimkutė/ }).click();
  await expect(page.getByRole('button', { name: /^Ada Šimkutė/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page.getByText('Playing as Ada Šimkutė')).toBeVisible();
  await page.getByRole('button', { name: 'Trainer reports' }).click();

  await snapshot(page, testInfo, 'reports');
  // The chosen active player's CSV has their one row.
  await expect(page.getByRole('radio', { name: 'Active player: Ada Šimkutė' })).toBeChecked();
  const csv = await download(page, 'CSV (spreadsheet)');
  expect(csv.file.suggestedFilename()).toMatch(/^front-desk-ada-simkute-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = csv.text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(rows[0]?.split(',').slice(0, 3)).toEqual(['player', 'level', 'version']);
  expect(rows.slice(1).map((row) => row.split(',')[0])).toEqual(['Ada Šimkutė']);
  await expect(page.getByRole('status')).toContainText('with 1 result');

  await page.getByRole('radio', { name: 'Whole room' }).check();
  const json = await download(page, 'JSON');
  const report = JSON.parse(json.text) as { format: string; attempts: { playerName: string }[] };
  expect(report.format).toBe('front-desk-report');
  expect(report.attempts.map((a) => a.playerName)).toEqual(['Ada Šimkutė', 'Bert']);
  // (Player 1 has played nothing yet, so has no rows.)

  const xapi = await download(page, 'xAPI statements');
  expect(xapi.file.suggestedFilename()).toMatch(/^front-desk-room-.*-xapi\.json$/);
  const statements = JSON.parse(xapi.text) as {
    id: string;
    timestamp: string;
    verb: { id: string };
    actor: { account: { homePage: string; name: string } };
    context: { registration: string };
  }[];
  expect(statements.length).toBeGreaterThanOrEqual(6);
  expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
  for (const statement of statements) {
    expect(statement.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number.isNaN(Date.parse(statement.timestamp))).toBe(false);
    expect(statement.actor.account.homePage).toBe('https://frontdesk.example');
  }
  const verbs = statements.map((s) => s.verb.id.split('/').at(-1));
  expect(verbs).toEqual(expect.arrayContaining(['attempted', 'answered', 'completed', 'passed']));
  expect(verbs).toContain('failed');
  expect(new Set(statements.map((s) => s.context.registration))).toEqual(
    new Set([uuid(101), uuid(102)]),
  );

  // A bad home page is refused before anything is saved.
  await page.getByLabel('Account home page (xAPI)').fill('not a url');
  await page.getByRole('button', { name: 'xAPI statements', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('full web address');

  const saved = await download(page, 'Save a backup');
  const dump = JSON.parse(saved.text) as {
    format: string;
    attempts: unknown[];
    profiles: unknown[];
  };
  expect(dump.format).toBe('front-desk-scores');
  expect(dump.attempts).toHaveLength(2);
  expect(dump.profiles).toHaveLength(3);

  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Trainer reports' })).toBeFocused();
});
