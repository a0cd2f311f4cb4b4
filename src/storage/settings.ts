/**
 * Player settings: the schema, a tolerant parser for whatever storage hands back, and the
 * `SettingsPort` the game uses to load and save them in the browser (localStorage) or in the
 * desktop shell (through `window.frontDesk`).
 */
import { z } from 'zod';
import { LOCALES } from '../core/level.ts';
import type { FrontDeskApi } from './desktop-api.ts';

/** The settings format this build writes. */
export const SETTINGS_VERSION = 1;

/** How much the game explains after each answer: every time, or only at the end. */
export const FEEDBACK_MODES = ['training', 'challenge'] as const;
/** One of the feedback modes. */
export type FeedbackMode = (typeof FEEDBACK_MODES)[number];

/** Valid settings of the current version; unknown keys are refused. */
export const SettingsSchema = z.strictObject({
  schemaVersion: z.literal(SETTINGS_VERSION),
  locale: z.enum(LOCALES),
  feedbackMode: z.enum(FEEDBACK_MODES).default('training'),
});

/** The player's settings. */
export type Settings = z.output<typeof SettingsSchema>;

/** Settings for a first run. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  schemaVersion: SETTINGS_VERSION,
  locale: 'en',
  feedbackMode: 'training',
});

/** Loads and saves settings wherever this build keeps them. */
export interface SettingsPort {
  /** Never rejects: unreadable or damaged settings come back as (partly) defaults. */
  load(): Promise<Settings>;
  /** Rejects if `settings` is invalid or cannot be stored. */
  save(settings: Settings): Promise<void>;
}

/** The localStorage key of the web build's settings. */
export const WEB_SETTINGS_KEY = 'frontdesk.settings';

type Fields = Readonly<Record<string, unknown>>;

/**
 * Steps that bring older data up to `SETTINGS_VERSION`: `MIGRATIONS[n]` turns version n into n+1.
 * Version 0 is data written before the format carried a version; its fields already match.
 */
const MIGRATIONS: Readonly<Record<number, (old: Fields) => Fields>> = {
  0: (old) => ({ ...old, schemaVersion: 1 }),
};

/** Reads the version of raw data; missing means 0, nonsense means "unknown" (`null`). */
function versionOf(raw: Fields): number | null {
  const version = raw['schemaVersion'];
  if (version === undefined) return 0;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : null;
}

/**
 * Turns anything storage returned into valid settings. Older versions are migrated; then each
 * field is taken if valid and defaulted if not, so one bad value never costs the others.
 * Unknown fields (including everything a newer version added) are dropped.
 */
export function parseSettings(input: unknown): Settings {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ...DEFAULT_SETTINGS };
  }
  let raw = input as Fields;
  const version = versionOf(raw);
  for (let from = version ?? SETTINGS_VERSION; from < SETTINGS_VERSION; from += 1) {
    const migrate = MIGRATIONS[from];
    if (migrate !== undefined) raw = migrate(raw);
  }
  const shape = SettingsSchema.shape;
  const locale = shape.locale.safeParse(raw['locale']);
  const feedbackMode = shape.feedbackMode.safeParse(raw['feedbackMode']);
  return {
    schemaVersion: SETTINGS_VERSION,
    locale: locale.success ? locale.data : DEFAULT_SETTINGS.locale,
    feedbackMode: feedbackMode.success ? feedbackMode.data : DEFAULT_SETTINGS.feedbackMode,
  };
}

/**
 * Settings in Web Storage (the browser build). `storage` defaults to `localStorage`, looked up
 * only when used: merely touching `localStorage` throws where storage is disabled.
 */
export function createWebSettingsPort(storage?: Storage): SettingsPort {
  const resolve = (): Storage => storage ?? localStorage;
  return {
    load() {
      try {
        const text = resolve().getItem(WEB_SETTINGS_KEY);
        return Promise.resolve(
          text === null ? { ...DEFAULT_SETTINGS } : parseSettings(JSON.parse(text)),
        );
      } catch {
        return Promise.resolve({ ...DEFAULT_SETTINGS });
      }
    },
    save(settings) {
      try {
        resolve().setItem(WEB_SETTINGS_KEY, JSON.stringify(SettingsSchema.parse(settings)));
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
  };
}

/** Settings kept by the desktop shell (a file in the user's data directory). */
export function createDesktopSettingsPort(api: Pick<FrontDeskApi, 'settings'>): SettingsPort {
  return {
    async load() {
      try {
        return parseSettings(await api.settings.load());
      } catch (error) {
        console.warn('Front Desk: could not load settings, using defaults', error);
        return { ...DEFAULT_SETTINGS };
      }
    },
    async save(settings) {
      await api.settings.save(SettingsSchema.parse(settings));
    },
  };
}

/** The settings port for this build: the desktop shell's when present, else the browser's. */
export function createSettingsPort(): SettingsPort {
  const api = typeof window === 'undefined' ? undefined : window.frontDesk;
  return api === undefined ? createWebSettingsPort() : createDesktopSettingsPort(api);
}
