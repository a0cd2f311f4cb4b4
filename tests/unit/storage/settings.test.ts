import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FrontDeskApi } from '../../../src/storage/desktop-api.ts';
import { createLevelsApi } from '../../../src/storage/levels-api.ts';
import { createScoresApi } from '../../../src/storage/scores/api.ts';
import {
  DEFAULT_SETTINGS,
  WEB_SETTINGS_KEY,
  createDesktopSettingsPort,
  createSettingsPort,
  createWebSettingsPort,
  parseSettings,
  type Settings,
} from '../../../src/storage/settings.ts';

/** An in-memory Web Storage. */
class MemoryStorage implements Storage {
  readonly #items = new Map<string, string>();
  get length(): number {
    return this.#items.size;
  }
  clear(): void {
    this.#items.clear();
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, value);
  }
}

/** A storage where every access fails, like a browser with storage disabled. */
function brokenStorage(): Storage {
  const fail = () => {
    throw new DOMException('denied', 'SecurityError');
  };
  return { length: 0, clear: fail, getItem: fail, key: fail, removeItem: fail, setItem: fail };
}

const unexpected = () => Promise.reject(new Error('not expected in a settings test'));

/** A desktop bridge keeping settings in memory. */
function fakeDesktop(stored: unknown): FrontDeskApi & { saved: Settings[] } {
  const saved: Settings[] = [];
  return {
    platform: 'desktop',
    saved,
    settings: {
      load: async () => stored,
      save: async (settings) => {
        saved.push(settings);
      },
    },
    app: { quit: () => undefined },
    // Settings never touch levels or scores; any call there would be a bug.
    levels: createLevelsApi(unexpected, () => () => undefined),
    scores: createScoresApi(unexpected),
  };
}

const LITHUANIAN: Settings = { schemaVersion: 1, locale: 'lt', feedbackMode: 'challenge' };

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('parseSettings', () => {
  it('keeps valid settings as they are', () => {
    expect(parseSettings(LITHUANIAN)).toEqual(LITHUANIAN);
  });

  it.each([undefined, null, 42, 'en', [], [LITHUANIAN]])('gives defaults for %j', (input) => {
    expect(parseSettings(input)).toEqual(DEFAULT_SETTINGS);
  });

  it('defaults only the fields that are wrong', () => {
    expect(parseSettings({ schemaVersion: 1, locale: 'de', feedbackMode: 'challenge' })).toEqual({
      schemaVersion: 1,
      locale: 'en',
      feedbackMode: 'challenge',
    });
    expect(parseSettings({ schemaVersion: 1, locale: 'pl', feedbackMode: 3 })).toEqual({
      schemaVersion: 1,
      locale: 'pl',
      feedbackMode: 'training',
    });
  });

  it('fills feedbackMode for settings saved before it existed', () => {
    expect(parseSettings({ schemaVersion: 1, locale: 'et' })).toEqual({
      schemaVersion: 1,
      locale: 'et',
      feedbackMode: 'training',
    });
  });

  it('migrates unversioned settings to the current version', () => {
    expect(parseSettings({ locale: 'lt' })).toEqual({
      schemaVersion: 1,
      locale: 'lt',
      feedbackMode: 'training',
    });
  });

  it('salvages known fields from a newer or nonsensical version and drops the rest', () => {
    const parsed = parseSettings({ schemaVersion: 9, locale: 'pl', volume: 3 });
    expect(parsed).toEqual({ schemaVersion: 1, locale: 'pl', feedbackMode: 'training' });
    expect(parseSettings({ schemaVersion: 'x', locale: 'et' }).locale).toBe('et');
  });

  it('returns a fresh object, never the shared defaults', () => {
    const parsed = parseSettings(null);
    parsed.locale = 'lt';
    expect(DEFAULT_SETTINGS.locale).toBe('en');
  });
});

describe('createWebSettingsPort', () => {
  it('round-trips settings through storage', async () => {
    const storage = new MemoryStorage();
    const port = createWebSettingsPort(storage);
    await port.save(LITHUANIAN);
    expect(JSON.parse(storage.getItem(WEB_SETTINGS_KEY) ?? 'null')).toEqual(LITHUANIAN);
    expect(await port.load()).toEqual(LITHUANIAN);
  });

  it('loads defaults when nothing, garbage or half-valid data is stored', async () => {
    const storage = new MemoryStorage();
    const port = createWebSettingsPort(storage);
    expect(await port.load()).toEqual(DEFAULT_SETTINGS);
    storage.setItem(WEB_SETTINGS_KEY, '{not json');
    expect(await port.load()).toEqual(DEFAULT_SETTINGS);
    storage.setItem(WEB_SETTINGS_KEY, '{"locale":"et","feedbackMode":"nope"}');
    expect(await port.load()).toMatchObject({ locale: 'et', feedbackMode: 'training' });
  });

  it('loads defaults when storage is unavailable, and rejects saves there', async () => {
    const port = createWebSettingsPort(brokenStorage());
    expect(await port.load()).toEqual(DEFAULT_SETTINGS);
    await expect(port.save(LITHUANIAN)).rejects.toThrow('denied');
  });

  it('refuses to store invalid settings', async () => {
    const storage = new MemoryStorage();
    const bad = { ...LITHUANIAN, locale: 'xx' } as unknown as Settings;
    await expect(createWebSettingsPort(storage).save(bad)).rejects.toThrow();
    expect(storage.length).toBe(0);
  });
});

describe('createDesktopSettingsPort', () => {
  it('parses what the shell returns and passes validated settings back', async () => {
    const desktop = fakeDesktop({ schemaVersion: 1, locale: 'pl' });
    const port = createDesktopSettingsPort(desktop);
    expect(await port.load()).toEqual({ schemaVersion: 1, locale: 'pl', feedbackMode: 'training' });
    await port.save(LITHUANIAN);
    expect(desktop.saved).toEqual([LITHUANIAN]);
  });

  it('loads defaults when the shell fails', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const desktop = fakeDesktop(null);
    desktop.settings.load = () => Promise.reject(new Error('untrusted-sender: sender not allowed'));
    expect(await createDesktopSettingsPort(desktop).load()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('createSettingsPort', () => {
  it('uses the desktop bridge when the shell provides one', async () => {
    vi.stubGlobal('window', { frontDesk: fakeDesktop({ schemaVersion: 1, locale: 'et' }) });
    expect((await createSettingsPort().load()).locale).toBe('et');
  });

  it('uses localStorage in a browser', async () => {
    const storage = new MemoryStorage();
    storage.setItem(WEB_SETTINGS_KEY, JSON.stringify(LITHUANIAN));
    vi.stubGlobal('window', {});
    vi.stubGlobal('localStorage', storage);
    expect(await createSettingsPort().load()).toEqual(LITHUANIAN);
  });
});
