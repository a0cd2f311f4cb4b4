/**
 * Short explanations of the service principles, per language, for the debrief: what the
 * principle asks of the clerk, in original wording (the training documents are not quoted).
 * The principles' labels live in the UI catalogs (`principle.<id>`).
 */
import type { Locale } from '../../core/level.ts';
import { isPrincipleId, type PrincipleId } from '../../core/principles.ts';
import { enExplanations } from './en.ts';
import { etExplanations } from './et.ts';
import { ltExplanations } from './lt.ts';
import { plExplanations } from './pl.ts';

/** Every explanation, by locale and principle id. */
export const PRINCIPLE_EXPLANATIONS: Readonly<
  Record<Locale, Readonly<Record<PrincipleId, string>>>
> = {
  en: enExplanations,
  lt: ltExplanations,
  et: etExplanations,
  pl: plExplanations,
};

/** The explanation of principle `id` in `locale`, or `null` for an id the game does not know. */
export function principleExplanation(locale: Locale, id: string): string | null {
  return isPrincipleId(id) ? PRINCIPLE_EXPLANATIONS[locale][id] : null;
}
