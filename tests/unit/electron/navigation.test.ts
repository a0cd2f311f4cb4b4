import { describe, expect, it, vi } from 'vitest';
import {
  hardenWebContents,
  isAllowedNavigation,
  type HardenableContents,
  type PreventableEvent,
  type WindowOpenDenial,
} from '../../../electron/lib/navigation.ts';

type Listener = (event: PreventableEvent, url: string) => void;

/** A web contents that records listeners so a test can fire its events. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => WindowOpenDenial) | undefined;
  const contents: HardenableContents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler) {
      openHandler = handler;
    },
  };
  /** Fires `event` for `url`; returns whether the navigation was cancelled. */
  const fire = (event: string, url?: string): boolean => {
    const preventDefault = vi.fn();
    const listener = listeners.get(event);
    if (listener === undefined) throw new Error(`no listener for ${event}`);
    listener({ preventDefault }, url ?? '');
    return preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('isAllowedNavigation', () => {
  it('allows pages of the app origin', () => {
    expect(isAllowedNavigation('app://frontdesk/index.html')).toBe(true);
    expect(isAllowedNavigation('app://frontdesk/index.html?level=2#menu')).toBe(true);
    expect(isAllowedNavigation('app://FRONTDESK/')).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'http://frontdesk/index.html',
    'file:///etc/passwd',
    'app://other/index.html',
    'app://frontdesk.evil.example/',
    'app://frontdesk:1234/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('hardenWebContents', () => {
  it('lets same-origin navigations through and cancels the rest', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents);
    expect(fire('will-navigate', 'app://frontdesk/index.html')).toBe(false);
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fire('will-redirect', 'app://frontdesk/index.html')).toBe(false);
  });

  it('refuses webviews and every new window', () => {
    const { contents, fire, open } = fakeContents();
    hardenWebContents(contents);
    expect(fire('will-attach-webview')).toBe(true);
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(open('app://frontdesk/index.html')).toEqual({ action: 'deny' });
  });
});
