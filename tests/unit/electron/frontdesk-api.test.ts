import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../electron/lib/channels.ts';
import { createFrontDeskApi } from '../../../electron/lib/frontdesk-api.ts';
import { unwrapIpcResult } from '../../../electron/lib/ipc-result.ts';
import { LEVELS_CHANNELS, LEVELS_EVENTS } from '../../../src/storage/levels-api.ts';
import { SCORES_CHANNELS } from '../../../src/storage/scores/api.ts';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings.ts';

describe('createFrontDeskApi', () => {
  it('loads settings through the load channel and unwraps the answer', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: { locale: 'lt' } }));
    const api = createFrontDeskApi(invoke);
    expect(api.platform).toBe('desktop');
    expect(await api.settings.load()).toEqual({ locale: 'lt' });
    expect(invoke).toHaveBeenCalledWith(IPC_CHANNELS.settingsLoad);
  });

  it('saves through the save channel and rejects with the refusal code', async () => {
    const invoke = vi
      .fn<(channel: string, ...args: unknown[]) => Promise<unknown>>()
      .mockResolvedValueOnce({ ok: true, value: undefined })
      .mockResolvedValueOnce({
        ok: false,
        error: { code: 'invalid-payload', message: 'payload rejected' },
      });
    const api = createFrontDeskApi(invoke);
    await expect(api.settings.save({ ...DEFAULT_SETTINGS })).resolves.toBeUndefined();
    expect(invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.settingsSave, DEFAULT_SETTINGS);
    await expect(api.settings.save({ ...DEFAULT_SETTINGS })).rejects.toThrow(
      'invalid-payload: payload rejected',
    );
  });

  it('asks to quit without surfacing failures to the game', async () => {
    const invoke = vi.fn(async () => {
      throw new Error('gone');
    });
    createFrontDeskApi(invoke).app.quit();
    expect(invoke).toHaveBeenCalledWith(IPC_CHANNELS.appQuit);
    await Promise.resolve();
  });
});

describe('unwrapIpcResult', () => {
  it('refuses answers that are not results', () => {
    expect(() => unwrapIpcResult(undefined)).toThrow(/malformed/);
    expect(() => unwrapIpcResult({ value: 1 })).toThrow(/malformed/);
    expect(() => unwrapIpcResult({ ok: false })).toThrow('failed: request failed');
    expect(unwrapIpcResult({ ok: true })).toBeUndefined();
  });
});

describe('createFrontDeskApi scores', () => {
  it('sends every scores call on its own channel with its one payload, unwrapped', async () => {
    const invoke = vi.fn(async (channel: string) => ({
      ok: true,
      value: { ok: true, value: channel },
    }));
    const api = createFrontDeskApi(invoke);
    for (const [method, channel] of Object.entries(SCORES_CHANNELS)) {
      const call = api.scores[method as keyof typeof SCORES_CHANNELS] as (p: unknown) => unknown;
      expect(await call({ probe: method })).toEqual({ ok: true, value: channel });
      expect(invoke).toHaveBeenLastCalledWith(channel, { probe: method });
    }
    expect(invoke).toHaveBeenCalledTimes(Object.keys(SCORES_CHANNELS).length);
  });

  it('turns a refused scores call into a rejection naming the refusal', async () => {
    const invoke = vi.fn(async () => ({
      ok: false,
      error: { code: 'untrusted-sender', message: 'not the game window' },
    }));
    await expect(createFrontDeskApi(invoke).scores.listProfiles(undefined)).rejects.toThrow(
      'untrusted-sender: not the game window',
    );
  });
});

describe('createFrontDeskApi levels', () => {
  it('asks for the folder list, the import and the folder on their channels, without payloads', async () => {
    const invoke = vi.fn(async (channel: string) => ({ ok: true, value: channel }));
    const { levels } = createFrontDeskApi(invoke);
    expect(await levels.list()).toBe(LEVELS_CHANNELS.list);
    expect(await levels.import()).toBe(LEVELS_CHANNELS.import);
    expect(await levels.openFolder()).toBe(LEVELS_CHANNELS.openFolder);
    expect(invoke.mock.calls).toEqual([
      [LEVELS_CHANNELS.list],
      [LEVELS_CHANNELS.import],
      [LEVELS_CHANNELS.openFolder],
    ]);
  });

  it('passes main-process events to the game as payloads, and unsubscribes', () => {
    const listeners = new Map<string, (payload: unknown) => void>();
    const api = createFrontDeskApi(
      async () => undefined,
      (channel, listener) => {
        listeners.set(channel, listener);
        return () => listeners.delete(channel);
      },
    );
    const lists: unknown[] = [];
    let imports = 0;
    const stop = api.levels.onChanged((files) => lists.push(files));
    api.levels.onMenuImport(() => (imports += 1));
    listeners.get(LEVELS_EVENTS.changed)?.([{ fileName: 'a.json', text: '{}' }]);
    listeners.get(LEVELS_EVENTS.menuImport)?.('ignored');
    expect(lists).toEqual([[{ fileName: 'a.json', text: '{}' }]]);
    expect(imports).toBe(1);
    stop();
    expect(listeners.has(LEVELS_EVENTS.changed)).toBe(false);
  });
});
