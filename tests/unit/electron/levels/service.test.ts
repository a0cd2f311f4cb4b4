import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { unwrapIpcResult } from '../../../../electron/lib/ipc-result.ts';
import { startLevelsService } from '../../../../electron/lib/levels/service.ts';
import { LEVELS_CHANNELS, LEVELS_EVENTS } from '../../../../src/storage/levels-api.ts';
import { tempDir } from '../../scores/temp-dir.ts';
import { fakeIpcMain, invokeEvent, topFrame } from '../fakes.ts';

const game = invokeEvent(topFrame('app://frontdesk/index.html'), 3);
const stranger = invokeEvent(topFrame('https://evil.example/'), 3);
const FIRST_SHIFT = readFileSync(
  new URL('../../../../levels/first-shift.json', import.meta.url),
  'utf8',
);

async function start(chosen: string | null = null) {
  const userData = tempDir();
  const ipcMain = fakeIpcMain();
  const sent: { channel: string; payload: unknown }[] = [];
  const opened: string[] = [];
  const service = await startLevelsService({
    ipcMain,
    userData,
    isTrustedSender: (event) => event.senderFrame?.url.startsWith('app://') ?? false,
    chooseFile: () => Promise.resolve(chosen),
    openPath: (folder) => {
      opened.push(folder);
      return Promise.resolve('');
    },
    send: (channel, payload) => sent.push({ channel, payload }),
    log: () => undefined,
    debounceMs: 30,
  });
  const call = (channel: string, event = game, ...args: unknown[]) =>
    ipcMain.invoke(channel, event, ...args).then(unwrapIpcResult);
  return { service, call, sent, opened, userData };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i += 1) await new Promise((r) => setTimeout(r, 20));
};

it('lists the folder for the game window only, and refuses any payload', async () => {
  const { service, call } = await start();
  writeFileSync(join(service.folder, 'mine.json'), '{}');
  expect(await call(LEVELS_CHANNELS.list)).toEqual([{ fileName: 'mine.json', text: '{}' }]);
  await expect(call(LEVELS_CHANNELS.list, stranger)).rejects.toThrow(/untrusted-sender/);
  await expect(call(LEVELS_CHANNELS.list, game, { path: '/etc' })).rejects.toThrow(
    /invalid-payload/,
  );
  service.close();
});

it('imports the chosen file and tells the game at once', async () => {
  const source = join(tempDir(), 'first.json');
  writeFileSync(source, FIRST_SHIFT);
  const { service, call, sent } = await start(source);
  expect(await call(LEVELS_CHANNELS.import)).toMatchObject({ ok: true, levelId: 'first-shift' });
  await until(() => sent.some((s) => s.channel === LEVELS_EVENTS.changed));
  const change = sent.find((s) => s.channel === LEVELS_EVENTS.changed);
  expect(change?.payload).toEqual([{ fileName: 'first-shift.json', text: FIRST_SHIFT }]);
  service.close();
});

it('a cancelled dialog changes nothing', async () => {
  const { service, call } = await start(null);
  expect(await call(LEVELS_CHANNELS.import)).toEqual({ ok: false, cancelled: true });
  expect(readdirSync(service.folder)).toEqual([]);
  service.close();
});

it('sends the new list when a file is edited in the folder', async () => {
  const { service, sent } = await start();
  writeFileSync(join(service.folder, 'edited.json'), '{"x": 1}');
  await until(() => sent.length > 0);
  expect(sent.at(-1)).toEqual({
    channel: LEVELS_EVENTS.changed,
    payload: [{ fileName: 'edited.json', text: '{"x": 1}' }],
  });
  service.close();
});

it('opens the folder and forwards the menu import to the game', async () => {
  const { service, call, sent, opened, userData } = await start();
  await call(LEVELS_CHANNELS.openFolder);
  expect(opened).toEqual([join(userData, 'levels')]);
  service.requestImport();
  expect(sent.at(-1)).toEqual({ channel: LEVELS_EVENTS.menuImport, payload: undefined });
  service.close();
});
