/**
 * Keyboard helpers for the overlay: arrow keys move between a panel's buttons (as well as Tab),
 * and a modal keeps Tab inside itself.
 */

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Controls whose arrow keys must keep their own meaning. */
const OWN_ARROWS =
  'input:not([type="button"]):not([type="checkbox"]):not([type="radio"]), select, textarea';

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[inert]'));
}

/** Lets Up/Down (and Left/Right) move focus between the focusable elements of `root`. */
export function enableArrowNavigation(root: HTMLElement): void {
  root.addEventListener('keydown', (event) => {
    const step =
      event.key === 'ArrowDown' || event.key === 'ArrowRight'
        ? 1
        : event.key === 'ArrowUp' || event.key === 'ArrowLeft'
          ? -1
          : 0;
    if (step === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    // Text fields and lists use the arrows themselves (cursor, choosing an option).
    if (event.target instanceof Element && event.target.closest(OWN_ARROWS)) return;
    const items = focusables(root);
    if (items.length === 0) return;
    const current = items.indexOf(document.activeElement as HTMLElement);
    const next = current < 0 ? 0 : (current + step + items.length) % items.length;
    items[next]?.focus();
    event.preventDefault();
  });
}

/** Keeps Tab and Shift+Tab cycling inside `root` (for modal dialogs). */
export function trapFocus(root: HTMLElement): void {
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const items = focusables(root);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      last.focus();
      event.preventDefault();
    } else if (!event.shiftKey && document.activeElement === last) {
      first.focus();
      event.preventDefault();
    }
  });
}
