/**
 * Training-mode feedback after each answer: why it was good or bad and which principles it
 * honoured (✓) or broke (✗). Shown for a few seconds or until the player acts again.
 */
import type { Choice, Level, Locale } from '../../core/level.ts';
import { isPrincipleId } from '../../core/principles.ts';
import { localize, type Translate } from '../../i18n/index.ts';
import { h, replaceChildren } from './dom.ts';

/** How long the card stays up, in milliseconds. */
export const FEEDBACK_MS = 3500;

/** A principle id as a readable label (unknown ids, which the validator rejects, show raw). */
export function principleLabel(tr: Translate, id: string): string {
  return isPrincipleId(id) ? tr(`principle.${id}`) : id;
}

/** The feedback card inside `layer`. */
export class FeedbackCard {
  private readonly root: HTMLElement;
  private readonly level: Level;
  private readonly locale: Locale;
  private readonly tr: Translate;
  private timer: number | undefined;

  constructor(layer: HTMLElement, level: Level, locale: Locale, tr: Translate) {
    this.level = level;
    this.locale = locale;
    this.tr = tr;
    this.root = h('aside', { class: 'feedback', role: 'status', attrs: { 'aria-live': 'polite' } });
    layer.append(this.root);
  }

  /**
   * Shows the feedback for a choice, with the principles it honoured and broke for this customer
   * (the simulation's, which can differ from the file's: see `src/core/address.ts`).
   */
  show(choice: Choice, principles: Pick<Choice, 'honours' | 'breaks'> = choice): void {
    const { tr } = this;
    const { honours, breaks } = principles;
    const items = [
      ...honours.map((id) =>
        h(
          'li',
          { class: 'honoured' },
          h('span', { class: 'mark', attrs: { 'aria-hidden': 'true' } }, '✓'),
          h('span', { class: 'sr-only' }, `${tr('feedback.honoured')}: `),
          principleLabel(tr, id),
        ),
      ),
      ...breaks.map((id) =>
        h(
          'li',
          { class: 'broken' },
          h('span', { class: 'mark', attrs: { 'aria-hidden': 'true' } }, '✗'),
          h('span', { class: 'sr-only' }, `${tr('feedback.broken')}: `),
          principleLabel(tr, id),
        ),
      ),
    ];
    const tone = breaks.length > 0 ? 'bad' : honours.length > 0 ? 'good' : 'neutral';
    this.root.dataset['tone'] = tone;
    replaceChildren(
      this.root,
      h('h2', { class: 'sr-only' }, tr('feedback.heading')),
      h(
        'p',
        { class: 'feedback-text' },
        localize(choice.feedback, this.locale, this.level.defaultLocale),
      ),
      items.length > 0 ? h('ul', { class: 'principles' }, ...items) : null,
    );
    this.root.classList.add('visible');
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.hide(), FEEDBACK_MS);
  }

  /** Hides the card (the player acted again). */
  hide(): void {
    window.clearTimeout(this.timer);
    this.root.classList.remove('visible');
  }

  /** Stops the timer. */
  dispose(): void {
    window.clearTimeout(this.timer);
  }
}
