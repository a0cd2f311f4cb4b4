/**
 * Building blocks of the level file schema: ids, colours, meters and translated text.
 * Each helper takes the field's description so the generated JSON Schema gives editors hover help.
 */
import * as z from 'zod';
import { LOCALES, type Locale } from '../core/level.ts';
import { PRINCIPLE_IDS } from '../core/principles.ts';

/** Ids: lowercase letters and digits in groups joined by single hyphens (`anna-returns`). */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Semantic versions such as `1.0.0` or `1.2.0-draft.1`. */
export const SEMVER_PATTERN =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;

/** Colours: `#rrggbb`. */
export const COLOUR_PATTERN = /^#[0-9a-fA-F]{6}$/;

/** Longest player-visible string, in characters: long enough for a paragraph, short enough to fit. */
export const MAX_TEXT_LENGTH = 1000;

/** An id (of a customer, dialogue, node or choice) or a reference to one. */
export function idField(description: string): z.ZodString {
  return z
    .string()
    .max(64)
    .regex(ID_PATTERN, {
      error: 'must be lowercase letters and digits joined by single hyphens, like "anna-returns"',
    })
    .describe(description);
}

/** A `#rrggbb` colour. */
export function colourField(description: string): z.ZodString {
  return z
    .string()
    .regex(COLOUR_PATTERN, { error: 'must be a colour written like "#a0522d"' })
    .describe(description);
}

/** A customer meter's starting value: a whole number 0-100 (keeps the best-score search small). */
export function meterField(description: string, fallback: number) {
  return z.int().min(0).max(100).default(fallback).describe(description);
}

/** A whole-number change to a meter, -100 to 100 (0 when left out). */
export function effectField(description: string) {
  return z.int().min(-100).max(100).default(0).describe(description);
}

/** One non-empty line of plain text that is not translated (names, authors). */
export function plainText(description: string, maxLength = 120): z.ZodString {
  return z.string().min(1).max(maxLength).describe(description);
}

const localeLabels: Record<Locale, string> = {
  en: 'English',
  lt: 'Lithuanian',
  et: 'Estonian',
  pl: 'Polish',
};

/** The language names, for messages and docs. */
export function localeName(locale: Locale): string {
  return localeLabels[locale];
}

/**
 * Player-visible text with one entry per language. Every key is optional here: the validator's
 * translation check (against the level's `locales`) says which ones a level must fill in.
 */
export function localizedText(description: string) {
  const entries = LOCALES.map((locale) => [
    locale,
    z
      .string()
      .min(1)
      .max(MAX_TEXT_LENGTH)
      .describe(`${localeLabels[locale]} text.`)
      .exactOptional(),
  ]);
  const shape = Object.fromEntries(entries) as Record<Locale, z.ZodExactOptional<z.ZodString>>;
  return z.strictObject(shape).describe(`${description} One entry per language of the level.`);
}

/** A principle id from `shared/SOURCES.md`. The enum only feeds editors' completion lists. */
export function principleList(description: string) {
  const principle = z
    .string()
    .min(1)
    .describe('A principle id, e.g. "empathy" or "sin-red-alert".')
    .meta({ enum: [...PRINCIPLE_IDS] });
  return z.array(principle).max(20).default([]).describe(description);
}
