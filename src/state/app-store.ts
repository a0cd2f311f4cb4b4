/**
 * The application store: which screen is showing, the language and the feedback mode, with the
 * settings kept through a `SettingsPort` (localStorage on the web, a file on the desktop).
 * Create one per app (`createAppStore`); tests create their own.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Locale } from '../core/level.ts';
import type { FeedbackMode, Settings, SettingsPort } from '../storage/settings.ts';
import type { Attempt } from '../storage/scores/model.ts';
import type { LevelResult } from './level-result.ts';

/** Where the player is. Levels are named by their catalog key (see `src/levels/catalog.ts`). */
export type Screen =
  | { readonly name: 'boot' }
  | { readonly name: 'menu' }
  | { readonly name: 'levels' }
  | { readonly name: 'language' }
  | { readonly name: 'quit' }
  | { readonly name: 'reports' }
  | { readonly name: 'players' }
  | { readonly name: 'high-scores' }
  | { readonly name: 'desk'; readonly levelKey: string }
  | {
      readonly name: 'level-end';
      readonly levelKey: string;
      readonly result: LevelResult;
      /** The play as recorded (also when it could not be saved), for the table and debrief. */
      readonly attempt: Attempt;
    }
  | { readonly name: 'error'; readonly levelKey: string };

/** State and actions of the app. */
export interface AppState {
  readonly screen: Screen;
  readonly locale: Locale;
  readonly feedbackMode: FeedbackMode;
  /** Shows a screen. A new object for the same screen (e.g. "play again") starts it afresh. */
  show(screen: Screen): void;
  /** Switches the language and remembers it. */
  setLocale(locale: Locale): void;
  /** Switches the feedback mode and remembers it. */
  setFeedbackMode(mode: FeedbackMode): void;
  /** Applies the stored settings (call once at start-up). */
  loadSettings(): Promise<void>;
}

/** The app store. */
export type AppStore = StoreApi<AppState>;

/**
 * Creates the app store. Saving is fire-and-forget: a failed write is logged as a warning and
 * the game goes on with the new value for this session.
 */
export function createAppStore(settings: SettingsPort): AppStore {
  return createStore<AppState>()((set, get) => {
    const persist = (): void => {
      const { locale, feedbackMode } = get();
      const value: Settings = { schemaVersion: 1, locale, feedbackMode };
      settings.save(value).catch((error: unknown) => {
        console.warn('Front Desk: could not save settings', error);
      });
    };

    return {
      screen: { name: 'boot' },
      locale: 'en',
      feedbackMode: 'training',

      show(screen) {
        set({ screen });
      },

      setLocale(locale) {
        if (locale === get().locale) return;
        set({ locale });
        persist();
      },

      setFeedbackMode(feedbackMode) {
        if (feedbackMode === get().feedbackMode) return;
        set({ feedbackMode });
        persist();
      },

      async loadSettings() {
        const stored = await settings.load();
        set({ locale: stored.locale, feedbackMode: stored.feedbackMode });
      },
    };
  });
}
