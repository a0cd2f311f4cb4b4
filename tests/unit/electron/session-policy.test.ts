import { describe, expect, it } from 'vitest';
import {
  applySessionPolicy,
  isAllowedRequestUrl,
  isPermissionGranted,
  type SessionLike,
} from '../../../electron/lib/session-policy.ts';

type RequestHandler = Parameters<SessionLike['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<SessionLike['setPermissionCheckHandler']>[0];
type BeforeRequest = Parameters<SessionLike['webRequest']['onBeforeRequest']>[0];

/** A session that keeps the handlers the policy installs. */
function fakeSession() {
  const installed: {
    request?: RequestHandler;
    check?: CheckHandler;
    device?: () => boolean;
    beforeRequest?: BeforeRequest;
  } = {};
  const session: SessionLike = {
    setPermissionRequestHandler: (handler) => (installed.request = handler),
    setPermissionCheckHandler: (handler) => (installed.check = handler),
    setDevicePermissionHandler: (handler) => (installed.device = handler),
    webRequest: { onBeforeRequest: (listener) => (installed.beforeRequest = listener) },
  };
  return { session, installed };
}

describe('isPermissionGranted', () => {
  it('grants only fullscreen, only to the app origin', () => {
    expect(isPermissionGranted('fullscreen', 'app://frontdesk/index.html')).toBe(true);
    expect(isPermissionGranted('fullscreen', 'app://frontdesk')).toBe(true);
    expect(isPermissionGranted('fullscreen', 'https://evil.example/')).toBe(false);
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'hid']) {
      expect(isPermissionGranted(permission, 'app://frontdesk/index.html')).toBe(false);
    }
  });
});

describe('isAllowedRequestUrl', () => {
  it('allows the app scheme and in-memory URLs, nothing from the network or disk', () => {
    expect(isAllowedRequestUrl('app://frontdesk/assets/a.png')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequestUrl('blob:app://frontdesk/1234')).toBe(true);
    expect(isAllowedRequestUrl('https://example.com/tracker.js')).toBe(false);
    expect(isAllowedRequestUrl('http://127.0.0.1:5173/')).toBe(false);
    expect(isAllowedRequestUrl('wss://example.com/')).toBe(false);
    expect(isAllowedRequestUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedRequestUrl('::nonsense')).toBe(false);
  });
});

describe('applySessionPolicy', () => {
  it('installs handlers that follow the rules above', () => {
    const { session, installed } = fakeSession();
    applySessionPolicy(session);
    const answers: boolean[] = [];
    installed.request?.(null, 'media', (granted) => answers.push(granted), {
      requestingUrl: 'app://frontdesk/index.html',
    });
    installed.request?.(null, 'fullscreen', (granted) => answers.push(granted), {
      requestingUrl: 'app://frontdesk/index.html',
    });
    installed.request?.(null, 'fullscreen', (granted) => answers.push(granted), {});
    expect(answers).toEqual([false, true, false]);
    expect(installed.check?.(null, 'notifications', 'app://frontdesk')).toBe(false);
    expect(installed.device?.()).toBe(false);
    const cancels: (boolean | undefined)[] = [];
    installed.beforeRequest?.({ url: 'https://example.com/' }, (r) => cancels.push(r.cancel));
    installed.beforeRequest?.({ url: 'app://frontdesk/index.html' }, (r) => cancels.push(r.cancel));
    expect(cancels).toEqual([true, false]);
  });
});
