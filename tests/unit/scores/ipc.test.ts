import { expect, it, vi } from 'vitest';
import { unwrapIpcResult } from '../../../electron/lib/ipc-result.ts';
import {
  trustedSenderFor,
  type InvokeEventLike,
  type IpcMainLike,
} from '../../../electron/lib/ipc.ts';
import { registerScoreIpc } from '../../../electron/lib/scores/ipc.ts';
import { createSqliteScoresPort } from '../../../electron/lib/scores/sqlite-port.ts';
import { openScoreStore } from '../../../electron/lib/scores/sqlite-store.ts';
import { SCORES_CHANNELS, createScoresApi } from '../../../src/storage/scores/api.ts';
import { createDesktopScoresPort } from '../../../src/storage/scores/desktop-port.ts';
import {
  ScoresError,
  type ScoresEnvironment,
  type ScoresPort,
} from '../../../src/storage/scores/port.ts';
import { makeAttempt } from './fixtures.ts';
import { portContract } from './port-contract.ts';
import { tempDir } from './temp-dir.ts';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => unknown;

const OUR_WINDOW = 7;
const fromGame: InvokeEventLike = {
  senderFrame: { url: 'app://frontdesk/index.html', parent: null },
  sender: { id: OUR_WINDOW },
};
const fromElsewhere: InvokeEventLike = {
  senderFrame: { url: 'https://evil.example/', parent: null },
  sender: { id: OUR_WINDOW },
};

/** A stand-in for Electron's ipcMain that lets the test invoke channels directly. */
function fakeIpcMain(): IpcMainLike & {
  invoke(channel: string, event: InvokeEventLike, ...args: unknown[]): Promise<unknown>;
} {
  const handlers = new Map<string, Listener>();
  return {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    invoke: async (channel, event, ...args) => {
      const handler = handlers.get(channel);
      if (handler === undefined) throw new Error(`no handler for ${channel}`);
      return handler(event, ...args);
    },
  };
}

function setUp(port?: ScoresPort, environment?: ScoresEnvironment) {
  const ipcMain = fakeIpcMain();
  const store = port === undefined ? openScoreStore({ directory: tempDir() }) : undefined;
  const served = port ?? createSqliteScoresPort(store!, environment);
  const onError = vi.fn();
  registerScoreIpc(ipcMain, served, {
    isTrustedSender: trustedSenderFor(() => OUR_WINDOW),
    onError,
  });
  return { ipcMain, close: () => store?.close(), onError };
}

// The renderer's port, over the preload's bridge, over IPC, over SQLite: the whole desktop path.
portContract('Desktop bridge', async (environment) => {
  const { ipcMain, close } = setUp(undefined, environment);
  const api = createScoresApi(async (channel, payload) =>
    unwrapIpcResult(await ipcMain.invoke(channel, fromGame, payload)),
  );
  return { port: createDesktopScoresPort(api), close };
});

it('registers one handler per scores channel', async () => {
  const { ipcMain, close } = setUp();
  for (const channel of Object.values(SCORES_CHANNELS)) {
    await expect(ipcMain.invoke(channel, fromElsewhere)).resolves.toMatchObject({ ok: false });
  }
  close();
});

it('refuses callers other than the game page before touching the store', async () => {
  const port = { createProfile: vi.fn() } as unknown as ScoresPort;
  const { ipcMain } = setUp(port);
  const answer = await ipcMain.invoke(SCORES_CHANNELS.createProfile, fromElsewhere, {
    name: 'Eve',
  });
  expect(answer).toEqual({
    ok: false,
    error: { code: 'untrusted-sender', message: 'sender not allowed' },
  });
  expect(port.createProfile).not.toHaveBeenCalled();
});

it('rejects malformed payloads with the offending paths', async () => {
  const { ipcMain, close } = setUp();
  const tooLong = await ipcMain.invoke(SCORES_CHANNELS.createProfile, fromGame, {
    name: 'x'.repeat(41),
  });
  expect(tooLong).toMatchObject({
    ok: false,
    error: { code: 'invalid-payload', issues: [{ path: 'name' }] },
  });
  const extraKey = await ipcMain.invoke(SCORES_CHANNELS.deleteProfile, fromGame, {
    id: 'x',
    more: 1,
  });
  expect(extraKey).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  const badAttempt = await ipcMain.invoke(SCORES_CHANNELS.recordAttempt, fromGame, {
    attempt: { ...makeAttempt(), stars: 5 },
  });
  expect(badAttempt).toMatchObject({ error: { issues: [{ path: 'attempt.stars' }] } });
  const stray = await ipcMain.invoke(SCORES_CHANNELS.listProfiles, fromGame, { sneaky: true });
  expect(stray).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  close();
});

it('passes refusals through with their reason but hides unexpected failures', async () => {
  const port = {
    renameProfile: vi.fn(async () => {
      throw new ScoresError('unknown-profile', 'No player with id x.');
    }),
    listProfiles: vi.fn(async () => {
      throw new Error('SQLITE_IOERR at /home/someone/.config/scores.db');
    }),
  } as unknown as ScoresPort;
  const { ipcMain, onError } = setUp(port);
  const refused = await ipcMain.invoke(SCORES_CHANNELS.renameProfile, fromGame, {
    id: makeAttempt().profileId,
    name: 'Ada',
  });
  expect(refused).toEqual({
    ok: true,
    value: { ok: false, code: 'unknown-profile', message: 'No player with id x.' },
  });
  const failed = await ipcMain.invoke(SCORES_CHANNELS.listProfiles, fromGame);
  expect(failed).toEqual({ ok: false, error: { code: 'failed', message: 'request failed' } });
  expect(onError).toHaveBeenCalledOnce();
});

it('turns a refusal into a ScoresError with the same code in the renderer', async () => {
  const port = {
    setActiveProfileId: vi.fn(async () => {
      throw new ScoresError('unknown-profile', 'No player with id y.');
    }),
  } as unknown as ScoresPort;
  const { ipcMain } = setUp(port);
  const api = createScoresApi(async (channel, payload) =>
    unwrapIpcResult(await ipcMain.invoke(channel, fromGame, payload)),
  );
  const renderer = createDesktopScoresPort(api);
  const error = await renderer.setActiveProfileId(makeAttempt().profileId).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ScoresError);
  expect(error).toMatchObject({ code: 'unknown-profile', message: 'No player with id y.' });
});
