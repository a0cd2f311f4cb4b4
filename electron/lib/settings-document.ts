/**
 * The settings file in the user-data directory: the `Settings` schema from the renderer's
 * storage module, stored through the crash-safe JSON store.
 */
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  SettingsSchema,
  type Settings,
} from '../../src/storage/settings.ts';
import type { DocumentSpec } from './json-file-store.ts';

/** `settings.json`: file version tracks the settings format, so one number describes both. */
export const SETTINGS_DOCUMENT: DocumentSpec<Settings> = {
  name: 'settings',
  version: SETTINGS_VERSION,
  schema: SettingsSchema,
  migrations: {},
  defaults: () => ({ ...DEFAULT_SETTINGS }),
};
