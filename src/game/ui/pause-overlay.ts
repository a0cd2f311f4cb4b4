/** The pause dialog: the clock stops; Resume or go back to the menu. */
import type { Translate } from '../../i18n/index.ts';
import { button, focus, h } from './dom.ts';
import { trapFocus } from './navigation.ts';

/** The pause overlay inside `layer`; hidden until `open()`. */
export class PauseOverlay {
  private readonly root: HTMLElement;
  private readonly resumeButton: HTMLButtonElement;
  private readonly behind: HTMLElement[];
  private returnFocus: Element | null = null;

  constructor(
    layer: HTMLElement,
    tr: Translate,
    onResume: () => void,
    onMenu: () => void,
    behind: HTMLElement[],
  ) {
    this.behind = behind;
    this.resumeButton = button(tr('pause.resume'), onResume, { class: 'primary' });
    const dialog = h(
      'div',
      {
        class: 'card modal',
        role: 'dialog',
        attrs: { 'aria-modal': 'true', 'aria-labelledby': 'pause-heading' },
      },
      h('h2', { id: 'pause-heading' }, tr('pause.heading')),
      h('p', {}, tr('pause.body')),
      h('div', { class: 'actions' }, this.resumeButton, button(tr('pause.menu'), onMenu)),
    );
    trapFocus(dialog);
    this.root = h('div', { class: 'modal-backdrop' }, dialog);
    this.root.hidden = true;
    layer.append(this.root);
  }

  /** True while shown. */
  get isOpen(): boolean {
    return !this.root.hidden;
  }

  /** Shows the dialog and makes everything behind it inert. */
  open(): void {
    if (this.isOpen) return;
    this.returnFocus = document.activeElement;
    for (const element of this.behind) element.inert = true;
    this.root.hidden = false;
    focus(this.resumeButton);
  }

  /** Hides the dialog and gives focus back. */
  close(): void {
    if (!this.isOpen) return;
    this.root.hidden = true;
    for (const element of this.behind) element.inert = false;
    if (this.returnFocus instanceof HTMLElement) focus(this.returnFocus);
  }
}
