/**
 * The main window's options, with the security-relevant `webPreferences` in one tested place.
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** Inputs that differ between development and packaged runs. */
export interface WindowOptionsInput {
  /** Absolute path of the bundled preload script (`dist-electron/preload.cjs`). */
  readonly preloadPath: string;
  /** DevTools only in unpackaged runs. */
  readonly allowDevTools: boolean;
}

/**
 * Locked-down renderer settings: sandboxed, isolated, no Node, web security on,
 * and none of the switches that let pages reach further than a browser tab would.
 */
export function buildWebPreferences(input: WindowOptionsInput): WebPreferences {
  return {
    preload: input.preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    enableWebSQL: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // The spellchecker downloads dictionaries from the network; the game has no free text anyway.
    spellcheck: false,
    devTools: input.allowDevTools,
  };
}

/** The main window: a 16:9 game canvas, hidden until its first paint to avoid a white flash. */
export function buildWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: 'Front Desk',
    width: 1280,
    height: 720,
    minWidth: 960,
    minHeight: 540,
    show: false,
    backgroundColor: '#1d1f27',
    autoHideMenuBar: true,
    webPreferences: buildWebPreferences(input),
  };
}
