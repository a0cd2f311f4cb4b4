/**
 * Electron main process (bundled to `dist-electron/main.cjs`). Only wiring lives here; every
 * decision is made in `./lib/*`, which is tested under Node.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { APP_ENTRY_URL, APP_SCHEME } from './lib/app-origin.ts';
import { APP_SCHEME_REGISTRATION, createAppProtocolHandler } from './lib/app-protocol.ts';
import { registerFrontDeskIpc } from './lib/frontdesk-ipc.ts';
import { trustedSenderFor } from './lib/ipc.ts';
import { createJsonFileStore } from './lib/json-file-store.ts';
import { startLevelsService } from './lib/levels/service.ts';
import { startScoresService } from './lib/scores/service.ts';
import { buildMenuTemplate } from './lib/menu.ts';
import { hardenWebContents } from './lib/navigation.ts';
import { applySessionPolicy } from './lib/session-policy.ts';
import { SETTINGS_DOCUMENT } from './lib/settings-document.ts';
import { userDataPath } from './lib/user-data.ts';
import { buildWindowOptions } from './lib/window-options.ts';

const APP_NAME = 'Front Desk';

let mainWindow: BrowserWindow | null = null;

function log(message: string, detail?: unknown): void {
  console.warn(`[front-desk] ${message}`, detail ?? '');
}

/** Opens the game window on the app origin. */
function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(
    buildWindowOptions({
      preloadPath: path.join(__dirname, 'preload.cjs'),
      allowDevTools: !app.isPackaged,
    }),
  );
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/** Everything that needs `ready`: protocol, session rules, menu, IPC, the window. */
async function start(): Promise<void> {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(path.join(app.getAppPath(), 'dist')));
  applySessionPolicy(session.defaultSession);
  const isTrustedSender = trustedSenderFor(() => mainWindow?.webContents.id ?? null);
  registerFrontDeskIpc({
    ipcMain,
    settingsStore: createJsonFileStore(app.getPath('userData'), SETTINGS_DOCUMENT),
    isTrustedSender,
    quit: () => app.quit(),
    log,
  });
  const scores = startScoresService({
    ipcMain,
    directory: app.getPath('userData'),
    isTrustedSender,
    log,
  });
  app.on('will-quit', () => scores.close());
  const levels = await startLevelsService({
    ipcMain,
    userData: app.getPath('userData'),
    isTrustedSender,
    chooseFile: async () => {
      const options = {
        title: 'Import level',
        properties: ['openFile' as const],
        filters: [{ name: 'Front Desk level', extensions: ['json'] }],
      };
      const chosen = mainWindow
        ? await dialog.showOpenDialog(mainWindow, options)
        : await dialog.showOpenDialog(options);
      return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
    },
    openPath: (folder) => shell.openPath(folder),
    send: (channel, payload) => mainWindow?.webContents.send(channel, payload),
    log,
  });
  app.on('will-quit', () => levels.close());
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        platform: process.platform,
        appName: APP_NAME,
        developerTools: !app.isPackaged,
        levels: {
          importLevel: () => levels.requestImport(),
          openFolder: () => void levels.openFolder(),
        },
      }),
    ),
  );
  mainWindow = createMainWindow();
}

// Must happen before `ready`: privileges cannot be granted to a scheme afterwards.
protocol.registerSchemesAsPrivileged([APP_SCHEME_REGISTRATION]);
// Before the single-instance lock, which lives in this folder.
app.setPath(
  'userData',
  userDataPath({
    appData: app.getPath('appData'),
    isPackaged: app.isPackaged,
    override: process.env['FRONTDESK_USER_DATA'],
  }),
);

if (!app.requestSingleInstanceLock()) {
  // Another copy is running; it gets focused through `second-instance`.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[front-desk] failed to start', error);
      app.exit(1);
    });
}
