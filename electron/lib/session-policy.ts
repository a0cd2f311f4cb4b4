/**
 * Session-wide rules: which permissions a page gets (almost none) and which requests may leave
 * the renderer at all (none to the network).
 */
import { isAppUrl } from './app-origin.ts';

/** Schemes a renderer may request: our files, in-memory URLs and DevTools. */
const ALLOWED_REQUEST_SCHEMES = new Set(['app:', 'data:', 'blob:', 'devtools:']);

/** The part of Electron's `Session` the policy configures. */
export interface SessionLike {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { readonly requestingUrl?: string },
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (webContents: unknown, permission: string, requestingOrigin: string) => boolean,
  ): void;
  setDevicePermissionHandler(handler: () => boolean): void;
  readonly webRequest: {
    onBeforeRequest(
      listener: (
        details: { readonly url: string },
        callback: (response: { cancel?: boolean }) => void,
      ) => void,
    ): void;
  };
}

/**
 * Whether `permission` may be granted to a page at `url`. Only fullscreen, and only for the
 * game's own pages: it exposes nothing and the game offers a fullscreen toggle. Camera,
 * microphone, notifications, geolocation, clipboard reads, devices and the rest are refused.
 */
export function isPermissionGranted(permission: string, url: string): boolean {
  return permission === 'fullscreen' && isAppUrl(url);
}

/** Whether a renderer request may proceed: nothing leaves for the network or the file system. */
export function isAllowedRequestUrl(url: string): boolean {
  try {
    return ALLOWED_REQUEST_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Installs the permission and request rules on a session. */
export function applySessionPolicy(session: SessionLike): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl ?? ''));
  });
  session.setPermissionCheckHandler((_contents, permission, origin) =>
    isPermissionGranted(permission, origin),
  );
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
}
