/**
 * Distractions on the desk: what is tempting the clerk right now (the phone, a colleague,
 * paperwork), marked when urgent, with a button (and the D key) to attend to the oldest one.
 * Letting it pass is the other choice: it goes away by itself.
 */
import type { Level, Locale } from '../../core/level.ts';
import type { SimState } from '../../core/types.ts';
import { localize, type Translate } from '../../i18n/index.ts';
import { button, h, replaceChildren } from './dom.ts';

/** The panel; draws only when the set of active distractions changes. */
export class DistractionPanel {
  private readonly root: HTMLElement;
  private shown = '';

  private readonly level: Level;
  private readonly locale: Locale;
  private readonly tr: Translate;
  private readonly onAttend: (distractionId: string) => void;

  constructor(
    parent: HTMLElement,
    level: Level,
    locale: Locale,
    tr: Translate,
    onAttend: (distractionId: string) => void,
  ) {
    this.level = level;
    this.locale = locale;
    this.tr = tr;
    this.onAttend = onAttend;
    this.root = h('aside', {
      class: 'distractions',
      attrs: { 'aria-live': 'polite', 'aria-label': tr('keys.attend') },
    });
    parent.append(this.root);
  }

  update(sim: SimState): void {
    const key = sim.activeDistractions.join('|');
    if (key === this.shown) return;
    this.shown = key;
    const { tr, level, locale } = this;
    const items = sim.activeDistractions.flatMap((id) => {
      const distraction = level.distractions?.find((d) => d.id === id);
      if (!distraction) return [];
      return [
        h(
          'div',
          {
            class: distraction.urgent ? 'distraction urgent' : 'distraction',
            attrs: { 'data-distraction': id, 'data-kind': distraction.kind },
          },
          h(
            'p',
            { class: 'distraction-title' },
            tr(`distraction.kind.${distraction.kind}`),
            distraction.urgent
              ? h('span', { class: 'badge danger' }, tr('distraction.urgent'))
              : null,
          ),
          h('p', {}, localize(distraction.text, locale, level.defaultLocale)),
          h(
            'div',
            { class: 'distraction-actions' },
            button(
              [h('kbd', { attrs: { 'aria-hidden': 'true' } }, 'D'), tr('distraction.attend')],
              () => this.onAttend(id),
            ),
            h('span', { class: 'hint' }, tr('distraction.hint')),
          ),
        ),
      ];
    });
    replaceChildren(this.root, ...items);
    this.root.hidden = items.length === 0;
  }
}
