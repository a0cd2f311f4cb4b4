import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { APP_ENTRY_URL } from '../../../electron/lib/app-origin.ts';
import { handleValidated, isAppTopFrame, trustedSenderFor } from '../../../electron/lib/ipc.ts';
import { fakeIpcMain, invokeEvent, subFrame, topFrame } from './fakes.ts';

const PointSchema = z.strictObject({ x: z.number(), y: z.number() });

/** Registers a `sum` channel that trusts only the app's top frame in contents 1. */
function setUp(handler = (point: { x: number; y: number }) => point.x + point.y) {
  const ipcMain = fakeIpcMain();
  const onError = vi.fn();
  const spy = vi.fn(handler);
  handleValidated(ipcMain, 'sum', PointSchema, spy, {
    isTrustedSender: trustedSenderFor(() => 1),
    onError,
  });
  return { ipcMain, handler: spy, onError };
}

describe('handleValidated', () => {
  it('passes a valid payload from the app window to the handler and wraps the answer', async () => {
    const { ipcMain, handler } = setUp();
    const answer = await ipcMain.invoke('sum', invokeEvent(topFrame(APP_ENTRY_URL)), {
      x: 2,
      y: 3,
    });
    expect(answer).toEqual({ ok: true, value: 5 });
    expect(handler).toHaveBeenCalledOnce();
  });

  it('refuses a malformed payload with its issues and never calls the handler', async () => {
    const { ipcMain, handler } = setUp();
    const answer = await ipcMain.invoke('sum', invokeEvent(topFrame(APP_ENTRY_URL)), { x: 'two' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    const paths = (answer as { error: { issues: { path: string }[] } }).error.issues.map(
      (i) => i.path,
    );
    expect(paths).toEqual(expect.arrayContaining(['x', 'y']));
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses extra keys and extra arguments', async () => {
    const { ipcMain, handler } = setUp();
    const event = invokeEvent(topFrame(APP_ENTRY_URL));
    const extraKey = await ipcMain.invoke('sum', event, { x: 1, y: 2, z: 3 });
    const extraArg = await ipcMain.invoke('sum', event, { x: 1, y: 2 }, 'more');
    expect(extraKey).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(extraArg).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['a remote page', invokeEvent(topFrame('https://evil.example/'))],
    ['a file page', invokeEvent(topFrame('file:///home/user/index.html'))],
    ['another app host', invokeEvent(topFrame('app://evil/index.html'))],
    ['a subframe on the app origin', invokeEvent(subFrame(`${APP_ENTRY_URL}#x`, APP_ENTRY_URL))],
    ['a remote subframe', invokeEvent(subFrame('https://evil.example/', APP_ENTRY_URL))],
    ['a destroyed frame', invokeEvent(null)],
    ['another web contents', invokeEvent(topFrame(APP_ENTRY_URL), 2)],
  ])('refuses %s', async (_name, event) => {
    const { ipcMain, handler } = setUp();
    const answer = await ipcMain.invoke('sum', event, { x: 1, y: 2 });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'untrusted-sender', message: 'sender not allowed' },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns a handler failure into a generic error without its details', async () => {
    const { ipcMain, onError } = setUp(() => {
      throw new Error('EACCES: /home/user/.config/secret');
    });
    const answer = await ipcMain.invoke('sum', invokeEvent(topFrame(APP_ENTRY_URL)), {
      x: 1,
      y: 2,
    });
    expect(answer).toEqual({ ok: false, error: { code: 'failed', message: 'request failed' } });
    expect(JSON.stringify(answer)).not.toContain('secret');
    expect(onError).toHaveBeenCalledWith('sum', expect.any(Error));
  });
});

describe('isAppTopFrame', () => {
  it('accepts only the top frame of the app origin', () => {
    expect(isAppTopFrame(topFrame('app://frontdesk/index.html'))).toBe(true);
    expect(isAppTopFrame(topFrame('app://frontdesk/'))).toBe(true);
    expect(isAppTopFrame(topFrame('app://frontdesk.evil/index.html'))).toBe(false);
    expect(isAppTopFrame(topFrame('app://user@frontdesk/index.html'))).toBe(false);
    expect(isAppTopFrame(topFrame('not a url'))).toBe(false);
    expect(isAppTopFrame(subFrame('app://frontdesk/index.html', 'app://frontdesk/'))).toBe(false);
  });
});

describe('trustedSenderFor', () => {
  it('trusts nobody while the window does not exist', () => {
    const check = trustedSenderFor(() => null);
    expect(check(invokeEvent(topFrame(APP_ENTRY_URL), 1))).toBe(false);
  });
});
