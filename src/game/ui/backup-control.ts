/**
 * The backup colleague's control on the desk: a button (and the B key) that opens the second
 * desk, with the calls left, and while it is open how long it stays. Only in levels that have
 * a colleague. Reads the simulation; the call itself is an intent sent by the desk scene.
 */
import type { Level } from '../../core/level.ts';
import type { SimState } from '../../core/types.ts';
import type { Translate } from '../../i18n/index.ts';
import { clockText } from './desk-hud.ts';
import { button, h, setText } from './dom.ts';

/** The control, or nothing to update when the level has no colleague. */
export class BackupControl {
  private readonly button: HTMLButtonElement;
  private readonly status: HTMLElement;
  private readonly tr: Translate;

  constructor(parent: HTMLElement, level: Level, tr: Translate, onCall: () => void) {
    this.tr = tr;
    this.status = h('span', { class: 'backup-status', role: 'status' });
    this.button = button(
      [h('kbd', { attrs: { 'aria-hidden': 'true' } }, 'B'), h('span', {}, tr('backup.call'))],
      onCall,
      {
        class: 'backup-call',
        attrs: { 'aria-describedby': 'backup-hint', 'aria-keyshortcuts': 'B' },
      },
    );
    parent.append(
      h(
        'div',
        { class: 'backup', attrs: { 'data-uses': level.backup?.uses ?? 0 } },
        this.button,
        this.status,
        h('span', { class: 'sr-only', id: 'backup-hint' }, tr('backup.hint')),
      ),
    );
  }

  /** Shows the calls left or the time the second desk stays open. */
  update(sim: SimState): void {
    const { usesLeft, activeUntil } = sim.backup;
    const open = activeUntil !== null;
    const usable = !open && usesLeft > 0 && !sim.finished;
    if (this.button.getAttribute('aria-disabled') !== String(!usable)) {
      this.button.setAttribute('aria-disabled', String(!usable));
    }
    setText(
      this.status,
      open
        ? this.tr('backup.active', { time: clockText(Math.ceil(activeUntil - sim.time)) })
        : this.tr('backup.callsLeft', { count: usesLeft }),
    );
  }
}
