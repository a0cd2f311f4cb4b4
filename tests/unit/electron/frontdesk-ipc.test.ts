import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../../electron/lib/app-origin.ts';
import { IPC_CHANNELS } from '../../../electron/lib/channels.ts';
import { registerFrontDeskIpc } from '../../../electron/lib/frontdesk-ipc.ts';
import { trustedSenderFor } from '../../../electron/lib/ipc.ts';
import { createJsonFileStore } from '../../../electron/lib/json-file-store.ts';
import { SETTINGS_DOCUMENT } from '../../../electron/lib/settings-document.ts';
import { fakeIpcMain, invokeEvent, topFrame } from './fakes.ts';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'frontdesk-ipc-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The shell's IPC on a fake ipcMain with a real settings file in a temporary directory. */
function setUp() {
  const ipcMain = fakeIpcMain();
  const quit = vi.fn();
  const log = vi.fn();
  registerFrontDeskIpc({
    ipcMain,
    settingsStore: createJsonFileStore(dir, SETTINGS_DOCUMENT),
    isTrustedSender: trustedSenderFor(() => 7),
    quit,
    log,
  });
  const app = invokeEvent(topFrame(APP_ENTRY_URL), 7);
  return { ipcMain, quit, log, app };
}

describe('registerFrontDeskIpc', () => {
  it('registers exactly the channels of the bridge', () => {
    expect(setUp().ipcMain.channels().sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('saves settings to disk and loads them back', async () => {
    const { ipcMain, app } = setUp();
    const saved = await ipcMain.invoke(IPC_CHANNELS.settingsSave, app, {
      schemaVersion: 1,
      locale: 'et',
      feedbackMode: 'challenge',
    });
    expect(saved).toEqual({ ok: true, value: undefined });
    const loaded = await ipcMain.invoke(IPC_CHANNELS.settingsLoad, app);
    expect(loaded).toEqual({
      ok: true,
      value: { schemaVersion: 1, locale: 'et', feedbackMode: 'challenge' },
    });
  });

  it('refuses invalid settings and writes nothing', async () => {
    const { ipcMain, app } = setUp();
    const answer = await ipcMain.invoke(IPC_CHANNELS.settingsSave, app, {
      schemaVersion: 1,
      locale: 'de',
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    const loaded = await ipcMain.invoke(IPC_CHANNELS.settingsLoad, app);
    expect(loaded).toMatchObject({ ok: true, value: { locale: 'en' } });
  });

  it('quits only for the app window', async () => {
    const { ipcMain, app, quit } = setUp();
    await ipcMain.invoke(IPC_CHANNELS.appQuit, invokeEvent(topFrame('https://evil.example/'), 7));
    expect(quit).not.toHaveBeenCalled();
    await ipcMain.invoke(IPC_CHANNELS.appQuit, app);
    expect(quit).toHaveBeenCalledOnce();
  });
});
