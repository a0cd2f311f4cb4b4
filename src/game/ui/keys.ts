/**
 * Game keys, matched by physical key (`code`) first so they work on layouts where the number
 * row types letters (Lithuanian) or A sits elsewhere, with the typed character as a fallback.
 */

/** What a key press means on the desk. */
export type DeskKey =
  | { readonly kind: 'choose'; readonly index: number }
  | { readonly kind: 'call-next' }
  | { readonly kind: 'acknowledge' }
  | { readonly kind: 'backup' }
  | { readonly kind: 'attend' }
  | { readonly kind: 'keep-promise' }
  | { readonly kind: 'open-card' }
  | { readonly kind: 'pause' };

const DIGIT_CODES = ['Digit', 'Numpad'];

/** Reads a desk key from a keyboard event, or `null` for keys the desk does not use. */
export function deskKeyOf(event: KeyboardEvent): DeskKey | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  if (event.code === 'Escape' || event.key === 'Escape') return { kind: 'pause' };
  for (let n = 1; n <= 4; n += 1) {
    if (DIGIT_CODES.some((prefix) => event.code === `${prefix}${n}`) || event.key === String(n)) {
      return { kind: 'choose', index: n - 1 };
    }
  }
  const key = event.key.toLowerCase();
  if (event.code === 'Space' || event.code === 'KeyN' || key === ' ' || key === 'n') {
    return { kind: 'call-next' };
  }
  if (event.code === 'KeyA' || key === 'a') return { kind: 'acknowledge' };
  if (event.code === 'KeyB' || key === 'b') return { kind: 'backup' };
  if (event.code === 'KeyD' || key === 'd') return { kind: 'attend' };
  if (event.code === 'KeyK' || key === 'k') return { kind: 'keep-promise' };
  if (event.code === 'KeyC' || key === 'c') return { kind: 'open-card' };
  return null;
}

/** True when the event comes from a text field, where keys must type rather than play. */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.target;
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}
