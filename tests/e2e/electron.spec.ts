/**
 * Desktop smoke test: starts the real Electron shell on the built game and checks the window,
 * the first screen and the preload bridge. Skipped where the Electron binary is not installed
 * (e.g. offline machines, where `npm install` could not download it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '..', '..');

/**
 * The Electron executable, found the way `node_modules/electron/index.js` finds it but without
 * requiring that module: requiring it starts a download when the binary is missing.
 */
function electronBinary(): string | null {
  const packageDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const overrideDir = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const candidate =
    overrideDir !== undefined && overrideDir !== ''
      ? path.join(overrideDir, relative || 'electron')
      : relative === ''
        ? null
        : path.join(packageDir, 'dist', relative);
  return candidate !== null && existsSync(candidate) ? candidate : null;
}

const binary = electronBinary();

test.describe('desktop shell', () => {
  test.skip(
    binary === null,
    'Electron binary not installed (node_modules/electron/dist is missing and cannot be ' +
      'downloaded offline); run `npx install-electron` with network access to enable this test',
  );

  let app: ElectronApplication;
  let userData: string;

  test.beforeAll(async () => {
    if (!existsSync(path.join(root, 'dist', 'index.html'))) {
      throw new Error('dist/index.html is missing: run `vite build` (npm run test:e2e does)');
    }
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build-electron.mjs')], {
      cwd: root,
      stdio: 'inherit',
    });
    userData = mkdtempSync(path.join(tmpdir(), 'frontdesk-e2e-profile-'));
    const asRoot = process.getuid?.() === 0;
    app = await electron.launch({
      ...(binary === null ? {} : { executablePath: binary }),
      // Chromium refuses to run as root (CI containers) with its OS sandbox on.
      args: [...(asRoot ? ['--no-sandbox'] : []), root],
      cwd: root,
      env: { ...process.env, FRONTDESK_USER_DATA: userData },
    });
  });

  test.afterAll(async () => {
    await app?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  test('opens the game on the app origin with the main menu', async () => {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle(/Front Desk/);
    expect(page.url()).toBe('app://frontdesk/index.html');
    await expect(page.locator('canvas').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible({
      timeout: 15_000,
    });
  });

  test('exposes only the narrow bridge, and settings round-trip through it', async () => {
    const page = await app.firstWindow();
    const bridge = await page.evaluate(async () => {
      const api = window.frontDesk;
      if (api === undefined) return null;
      await api.settings.save({ schemaVersion: 1, locale: 'lt', feedbackMode: 'training' });
      return {
        platform: api.platform,
        hasRequire: 'require' in window,
        hasProcess: 'process' in window,
        loaded: await api.settings.load(),
      };
    });
    expect(bridge).toEqual({
      platform: 'desktop',
      hasRequire: false,
      hasProcess: false,
      loaded: { schemaVersion: 1, locale: 'lt', feedbackMode: 'training' },
    });
    expect(existsSync(path.join(userData, 'settings.json'))).toBe(true);
  });

  test('keeps scores in SQLite and lists the levels folder', async () => {
    const page = await app.firstWindow();
    const seen = await page.evaluate(async () => {
      const api = window.frontDesk;
      if (api === undefined) return null;
      const created = (await api.scores.createProfile({ name: 'Smoke' })) as {
        ok: boolean;
      };
      return { created: created.ok, files: await api.levels.list() };
    });
    expect(seen).toEqual({ created: true, files: [] });
    expect(existsSync(path.join(userData, 'scores.db'))).toBe(true);
    expect(existsSync(path.join(userData, 'levels'))).toBe(true);
  });
});
