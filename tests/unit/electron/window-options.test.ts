import { describe, expect, it } from 'vitest';
import { buildWebPreferences, buildWindowOptions } from '../../../electron/lib/window-options.ts';

const input = { preloadPath: '/app/dist-electron/preload.cjs', allowDevTools: false };

describe('buildWebPreferences', () => {
  it('sandboxes and isolates the renderer with no Node access', () => {
    const prefs = buildWebPreferences(input);
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('uses the given preload and never enables extra Blink features', () => {
    const prefs = buildWebPreferences(input);
    expect(prefs.preload).toBe('/app/dist-electron/preload.cjs');
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.additionalArguments).toBeUndefined();
    expect(prefs.partition).toBeUndefined();
  });

  it('offers DevTools only when asked', () => {
    expect(buildWebPreferences(input).devTools).toBe(false);
    expect(buildWebPreferences({ ...input, allowDevTools: true }).devTools).toBe(true);
  });
});

describe('buildWindowOptions', () => {
  it('stays hidden until first paint and embeds the secure preferences', () => {
    const options = buildWindowOptions(input);
    expect(options.show).toBe(false);
    expect(options.title).toBe('Front Desk');
    expect(options.webPreferences).toEqual(buildWebPreferences(input));
  });
});
