import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { unwrapIpcResult } from '../../../electron/lib/ipc-result.ts';
import { startScoresService } from '../../../electron/lib/scores/service.ts';
import { SCORES_CHANNELS } from '../../../src/storage/scores/api.ts';
import { tempDir } from '../scores/temp-dir.ts';
import { fakeIpcMain, invokeEvent, topFrame } from './fakes.ts';

const game = invokeEvent(topFrame('app://frontdesk/index.html'), 3);
const stranger = invokeEvent(topFrame('https://evil.example/'), 3);
const isTrustedSender = (event: typeof game) =>
  event.senderFrame?.url.startsWith('app://') ?? false;

it('serves every scores channel to the game window only, and keeps data across restarts', async () => {
  const directory = tempDir();
  const ipcMain = fakeIpcMain();
  const logged: string[] = [];
  const service = startScoresService({
    ipcMain,
    directory,
    isTrustedSender,
    log: (m) => logged.push(m),
  });
  expect(service.startupReport.status).toBe('created');
  expect(ipcMain.channels().sort()).toEqual(Object.values(SCORES_CHANNELS).sort());

  const created = unwrapIpcResult(
    await ipcMain.invoke(SCORES_CHANNELS.createProfile, game, { name: 'Ada' }),
  );
  expect(created).toMatchObject({ ok: true, value: { name: 'Ada' } });
  await expect(
    ipcMain.invoke(SCORES_CHANNELS.listProfiles, stranger, undefined).then(unwrapIpcResult),
  ).rejects.toThrow(/untrusted-sender/);
  service.close();
  service.close(); // a second close (quit after a crash handler) is harmless

  const again = startScoresService({
    ipcMain: fakeIpcMain(),
    directory,
    isTrustedSender,
    log: (m) => logged.push(m),
  });
  expect(again.startupReport.status).toBe('ok');
  again.close();
  expect(logged).toEqual([]);
});

it('restores a damaged database from its backup and logs what happened', async () => {
  const directory = tempDir();
  const ipc = fakeIpcMain();
  const first = startScoresService({
    ipcMain: ipc,
    directory,
    isTrustedSender,
    log: () => undefined,
  });
  await ipc.invoke(SCORES_CHANNELS.createProfile, game, { name: 'Ada' });
  first.close(); // the final backup
  writeFileSync(join(directory, 'scores.db'), 'this is not a database');
  const logged: string[] = [];
  const ipcMain = fakeIpcMain();
  const service = startScoresService({
    ipcMain,
    directory,
    isTrustedSender,
    log: (m) => logged.push(m),
  });
  expect(service.startupReport.status).toBe('restored');
  expect(service.startupReport.backupTakenAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(logged.join('\n')).toMatch(/restored the backup/);
  const report = unwrapIpcResult(
    await ipcMain.invoke(SCORES_CHANNELS.getStartupReport, game, undefined),
  );
  expect(report).toMatchObject({ ok: true, value: { status: 'restored' } });
  service.close();
});
