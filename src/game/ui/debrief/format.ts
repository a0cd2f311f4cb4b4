/** Small formatters shared by the debrief's parts: times, signed numbers, lists of names. */
import type { Locale } from '../../../core/level.ts';
import type { Translate } from '../../../i18n/index.ts';
import type { VisitOutcome } from '../../../storage/scores/model.ts';

/** Seconds as `m:ss` (`83.4` -> `1:23`). */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** A meter change with its sign (`+15`, `−10`, `0`), using a true minus sign. */
export function signed(value: number): string {
  const rounded = Math.round(value);
  return rounded > 0 ? `+${rounded}` : rounded < 0 ? `−${-rounded}` : '0';
}

/** Names joined the way the language lists things (`Anna, Marek and Ona`). */
export function nameList(locale: Locale, names: readonly string[]): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names);
}

/** How a visit ended, as a label. */
export function outcomeLabel(tr: Translate, outcome: VisitOutcome): string {
  return outcome === 'walked-out' ? tr('debrief.outcome.walkedOut') : tr(`end.outcome.${outcome}`);
}
