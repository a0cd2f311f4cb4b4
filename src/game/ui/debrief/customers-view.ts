/**
 * The debrief's customer list: each visit's outcome and points, then the answers that mattered
 * (or every answer, with its feedback, after a challenge-mode shift). Each customer is a
 * `<details>` so the list stays short and every entry can be opened from the keyboard.
 */
import type { Level, Locale } from '../../../core/level.ts';
import type { ChoiceDebrief, CustomerDebrief, Debrief } from '../../../debrief/types.ts';
import { localize, type Translate } from '../../../i18n/index.ts';
import { h } from '../dom.ts';
import { principleLabel } from '../feedback-card.ts';
import { outcomeLabel, signed } from './format.ts';

/** Context shared by the debrief's parts. */
export interface DebriefViewContext {
  readonly level: Level;
  readonly locale: Locale;
  readonly tr: Translate;
}

function principleMarks(view: DebriefViewContext, choice: ChoiceDebrief): HTMLElement | null {
  const { tr } = view;
  const mark = (kind: 'honoured' | 'broken', id: string) =>
    h(
      'li',
      { class: kind },
      h(
        'span',
        { class: 'mark', attrs: { 'aria-hidden': 'true' } },
        kind === 'honoured' ? '✓' : '✗',
      ),
      h(
        'span',
        { class: 'sr-only' },
        `${tr(kind === 'honoured' ? 'feedback.honoured' : 'feedback.broken')}: `,
      ),
      principleLabel(tr, id),
    );
  const items = [
    ...choice.breaks.map((id) => mark('broken', id)),
    ...choice.honours.map((id) => mark('honoured', id)),
  ];
  return items.length > 0 ? h('ul', { class: 'choice-principles' }, ...items) : null;
}

function choiceItem(
  view: DebriefViewContext,
  choice: ChoiceDebrief,
  withFeedback: boolean,
): HTMLElement {
  const { tr, locale, level } = view;
  const text = (value: NonNullable<ChoiceDebrief['text']>) =>
    localize(value, locale, level.defaultLocale);
  const tags = [
    choice.mostConsequential
      ? h('span', { class: 'tag big' }, tr('debrief.choice.mostConsequential'))
      : null,
    choice.brokePrinciple ? h('span', { class: 'tag bad' }, tr('debrief.choice.broke')) : null,
  ];
  return h(
    'li',
    { class: choice.brokePrinciple ? 'choice broke' : 'choice' },
    choice.text
      ? h('q', { class: 'choice-text' }, text(choice.text))
      : h(
          'p',
          { class: 'choice-text missing' },
          tr('debrief.choice.missing', { id: choice.choiceId }),
        ),
    h(
      'p',
      { class: 'choice-meta' },
      ...tags,
      choice.delta
        ? h(
            'span',
            { class: 'delta' },
            tr('debrief.choice.delta', {
              satisfaction: signed(choice.delta.satisfaction),
              selfEsteem: signed(choice.delta.selfEsteem),
            }),
          )
        : null,
    ),
    principleMarks(view, choice),
    withFeedback && choice.feedback
      ? h('p', { class: 'choice-feedback' }, text(choice.feedback))
      : null,
  );
}

function customerItem(
  view: DebriefViewContext,
  customer: CustomerDebrief,
  debrief: Debrief,
): HTMLElement {
  const { tr } = view;
  const troubled = customer.outcome === 'upset' || customer.outcome === 'walked-out';
  const answersHeading = debrief.listsEveryChoice
    ? tr('debrief.customer.allAnswers', { count: customer.choiceCount })
    : tr('debrief.customer.keyAnswers', { count: customer.choiceCount });
  const body =
    customer.choiceCount === 0
      ? h('p', { class: 'hint' }, tr('debrief.customer.walkedOutEarly'))
      : customer.choices.length === 0
        ? h('p', { class: 'hint' }, tr('debrief.customer.noKeyAnswers'))
        : h(
            'div',
            {},
            h('h4', {}, answersHeading),
            h(
              'ol',
              { class: 'choices' },
              ...customer.choices.map((c) => choiceItem(view, c, true)),
            ),
          );
  const details = h(
    'details',
    { class: `customer ${customer.outcome}`, attrs: { 'data-visit': customer.visitId } },
    h(
      'summary',
      {},
      h('span', { class: 'dot', attrs: { 'aria-hidden': 'true' } }),
      h('span', { class: 'customer-name' }, customer.name),
      h('span', { class: 'customer-outcome' }, outcomeLabel(tr, customer.outcome)),
      customer.feltIgnored ? h('span', { class: 'tag bad' }, tr('debrief.customer.ignored')) : null,
      h(
        'span',
        { class: 'customer-points' },
        tr('debrief.customer.points', { count: customer.points }),
      ),
    ),
    body,
  );
  details.open = troubled;
  return h('li', {}, details);
}

/** The "Customers" section. */
export function customersSection(view: DebriefViewContext, debrief: Debrief): HTMLElement {
  return h(
    'section',
    { class: 'debrief-customers', attrs: { 'aria-labelledby': 'debrief-customers-title' } },
    h('h3', { id: 'debrief-customers-title' }, view.tr('debrief.customersHeading')),
    debrief.listsEveryChoice ? h('p', { class: 'hint' }, view.tr('debrief.challengeNote')) : null,
    h(
      'ul',
      { class: 'customer-list' },
      ...debrief.customers.map((c) => customerItem(view, c, debrief)),
    ),
  );
}
