/**
 * The one origin the desktop shell trusts: the game's own files served over `app://frontdesk`.
 * Navigation, IPC and permission checks all compare against it, so it lives in one place.
 */

/** The privileged custom scheme that serves the built renderer. */
export const APP_SCHEME = 'app';
/** The only host the scheme answers for. */
export const APP_HOST = 'frontdesk';
/** Origin of every page the shell loads. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the main window opens. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Whether `url` belongs to the game's own origin (`app://frontdesk`, any path, no port or credentials).
 * Malformed URLs are never ours.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Chromium lower-cases hosts of standard schemes; Node keeps the case of non-special ones.
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host.toLowerCase() === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
