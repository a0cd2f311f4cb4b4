/**
 * Navigation and window-opening guards for every web contents the app creates.
 * The game is a single page on `app://frontdesk`; any attempt to leave it (a stray link, an
 * injected redirect, `window.open`, a `<webview>`) is refused rather than shown in our window.
 */
import { isAppUrl } from './app-origin.ts';

/** The part of an Electron event the guards use. */
export interface PreventableEvent {
  preventDefault(): void;
}

/** What `setWindowOpenHandler` must answer; only `deny` is ever returned. */
export interface WindowOpenDenial {
  readonly action: 'deny';
}

/** The part of Electron's `WebContents` that `hardenWebContents` wires up. */
export interface HardenableContents {
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => WindowOpenDenial): void;
}

/** Whether the window may navigate to `url`: only within the game's own origin. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** Cancels the navigation unless it stays on the app origin. */
function guardNavigation(event: PreventableEvent, url: string): void {
  if (!isAllowedNavigation(url)) event.preventDefault();
}

/**
 * Locks down a web contents: blocks off-origin navigations and redirects, refuses `<webview>`
 * and denies every new window. Called from `web-contents-created`, so it covers any contents,
 * not just the main window's.
 */
export function hardenWebContents(contents: HardenableContents): void {
  contents.on('will-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // No popups and no hand-off to the system browser: the game links to nothing outside itself.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
