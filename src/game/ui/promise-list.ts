/**
 * Open promises on the desk: what was promised, the time left, and a button (and the K key)
 * to keep the oldest one, usable when the desk is free. Shown only while a promise is open.
 */
import type { Level, Locale, PromiseRules } from '../../core/level.ts';
import type { SimState } from '../../core/types.ts';
import { localize, type Translate } from '../../i18n/index.ts';
import { clockText } from './desk-hud.ts';
import { button, h, replaceChildren, setText } from './dom.ts';

/** Every promise an answer of `level` can make, by id. */
export function promisesOf(level: Level): Map<string, PromiseRules> {
  const found = new Map<string, PromiseRules>();
  for (const dialogue of level.dialogues) {
    for (const node of dialogue.nodes) {
      for (const choice of node.choices)
        if (choice.promise) found.set(choice.promise.id, choice.promise);
    }
  }
  return found;
}

/** The list; rebuilt when the open promises change, its clocks updated every frame. */
export class PromiseList {
  private readonly root: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly rules: Map<string, PromiseRules>;
  private readonly clocks = new Map<string, HTMLElement>();
  private shown = '';

  private readonly level: Level;
  private readonly locale: Locale;
  private readonly tr: Translate;
  private readonly onKeep: (promiseId: string) => void;

  constructor(
    parent: HTMLElement,
    level: Level,
    locale: Locale,
    tr: Translate,
    onKeep: (promiseId: string) => void,
  ) {
    this.level = level;
    this.locale = locale;
    this.tr = tr;
    this.onKeep = onKeep;
    this.rules = promisesOf(level);
    this.list = h('ul', {});
    this.root = h(
      'section',
      { class: 'promises', attrs: { 'aria-labelledby': 'promises-heading' } },
      h('h2', { id: 'promises-heading' }, tr('promises.heading')),
      this.list,
    );
    this.root.hidden = true;
    parent.append(this.root);
  }

  /** The text of a promise in the player's language. */
  textOf(promiseId: string): string {
    const rules = this.rules.get(promiseId);
    return rules ? localize(rules.text, this.locale, this.level.defaultLocale) : promiseId;
  }

  update(sim: SimState): void {
    const open = sim.promises.filter((p) => p.status === 'open');
    const deskBusy = sim.desk !== null;
    const key = `${open.map((p) => p.id).join('|')}/${deskBusy}`;
    if (key !== this.shown) {
      this.shown = key;
      this.clocks.clear();
      replaceChildren(
        this.list,
        ...open.map((promise) => {
          const clock = h('span', { class: 'promise-clock' });
          this.clocks.set(promise.id, clock);
          return h(
            'li',
            { attrs: { 'data-promise': promise.id } },
            button(
              [
                h('kbd', { attrs: { 'aria-hidden': 'true' } }, 'K'),
                this.tr('promises.keep', { text: this.textOf(promise.id) }),
              ],
              () => this.onKeep(promise.id),
              {
                attrs: {
                  'aria-disabled': deskBusy ? 'true' : false,
                  title: deskBusy ? this.tr('promises.deskBusy') : false,
                },
              },
            ),
            clock,
          );
        }),
      );
      this.root.hidden = open.length === 0;
    }
    for (const promise of open) {
      const clock = this.clocks.get(promise.id);
      if (clock)
        setText(
          clock,
          this.tr('promises.left', { time: clockText(Math.ceil(promise.dueAt - sim.time)) }),
        );
    }
  }
}
