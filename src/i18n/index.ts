/**
 * UI translation: `t()` looks a key up in the locale's catalog, picks a plural form by `{count}`
 * and fills `{name}` placeholders; `localize()` picks a level string's translation.
 */
import type { Locale, LocalizedText } from '../core/level.ts';
import { enCatalog, type Catalog, type Message, type MessageKey } from './en.ts';
import { et } from './et.ts';
import { lt } from './lt.ts';
import { pl } from './pl.ts';

export type { Catalog, Message, MessageKey, PluralForms } from './en.ts';

/** Every catalog, by locale. */
export const CATALOGS: Readonly<Record<Locale, Catalog>> = { en: enCatalog, lt, et, pl };

/** Each language's name in that language (never translated, so a lost player can find theirs). */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  lt: 'Lietuvių',
  et: 'Eesti',
  pl: 'Polski',
};

/** Values for a message's `{placeholders}`; `count` also selects the plural form. */
export type MessageParams = Readonly<Record<string, string | number>>;

const pluralRules = new Map<Locale, Intl.PluralRules>();

function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

function selectForm(message: Message, locale: Locale, params: MessageParams | undefined): string {
  if (typeof message === 'string') return message;
  const count = Number(params?.['count'] ?? 0);
  return message[pluralCategory(locale, count)] ?? message.other;
}

/** Replaces `{name}` with `params.name`; unknown placeholders stay visible so they get noticed. */
export function interpolate(template: string, params: MessageParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The UI string for `key` in `locale`, with plural form and placeholders resolved. */
export function t(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return interpolate(selectForm(CATALOGS[locale][key], locale, params), params);
}

/**
 * A level string in `locale`, else in the level's `fallback` locale, else any translation it has
 * (the validator guarantees the default locale, so the last resort only guards hand-made data).
 */
export function localize(text: LocalizedText, locale: Locale, fallback: Locale): string {
  return text[locale] ?? text[fallback] ?? Object.values(text).find((v) => v !== undefined) ?? '';
}

/** A translator bound to one locale, for views that render many strings. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Binds `t` to a locale. */
export function translator(locale: Locale): Translate {
  return (key, params) => t(locale, key, params);
}
