/**
 * The debrief's advice: tips drawn from what went wrong, what went well, and the principles
 * that came up, each with its explanation and the training document it comes from.
 */
import type { Debrief, Strength, Tip } from '../../../debrief/types.ts';
import { principleExplanation } from '../../../i18n/principle-explanations/index.ts';
import { h } from '../dom.ts';
import { principleLabel } from '../feedback-card.ts';
import type { DebriefViewContext } from './customers-view.ts';
import { nameList } from './format.ts';

/** A tip as a sentence (or two) in the player's language. */
export function tipText(view: DebriefViewContext, tip: Tip): string {
  const { tr, locale, level } = view;
  switch (tip.kind) {
    case 'walk-outs':
      return tr('debrief.tip.walkOuts', {
        count: tip.names.length,
        names: nameList(locale, tip.names),
      });
    case 'broken-principle':
      return tr('debrief.tip.brokenPrinciple', {
        count: tip.count,
        principle: principleLabel(tr, tip.principleId),
        names: nameList(locale, tip.names),
        explanation: principleExplanation(locale, tip.principleId) ?? '',
      }).trim();
    case 'ignored':
      return tr('debrief.tip.ignored', {
        count: tip.names.length,
        names: nameList(locale, tip.names),
        seconds: level.rules.ignoredAfterSeconds,
      });
    case 'upset':
      return tr('debrief.tip.upset', {
        count: tip.names.length,
        names: nameList(locale, tip.names),
      });
    case 'aim-higher':
      return tr('debrief.tip.aimHigher');
    case 'try-challenge':
      return tr('debrief.tip.tryChallenge', { mode: tr('feedbackMode.challenge') });
  }
}

/** Something done well, as a sentence. */
export function strengthText(view: DebriefViewContext, strength: Strength): string {
  const { tr, locale } = view;
  switch (strength.kind) {
    case 'delighted':
      return tr('debrief.strength.delighted', {
        count: strength.names.length,
        names: nameList(locale, strength.names),
      });
    case 'no-walk-outs':
      return tr('debrief.strength.noWalkOuts', { count: strength.served });
    case 'no-principle-broken':
      return tr('debrief.strength.noPrincipleBroken');
    case 'honoured-principle':
      return tr('debrief.strength.honoured', {
        count: strength.count,
        principle: principleLabel(tr, strength.principleId),
      });
  }
}

/** "What to work on" and "What went well", side by side. */
export function adviceSection(view: DebriefViewContext, debrief: Debrief): HTMLElement {
  const { tr } = view;
  return h(
    'div',
    { class: 'debrief-advice' },
    debrief.tips.length > 0
      ? h(
          'section',
          { class: 'tips', attrs: { 'aria-labelledby': 'debrief-tips-title' } },
          h('h3', { id: 'debrief-tips-title' }, tr('debrief.tipsHeading')),
          h(
            'ol',
            {},
            ...debrief.tips.map((tip) =>
              h('li', { attrs: { 'data-tip': tip.kind } }, tipText(view, tip)),
            ),
          ),
        )
      : null,
    debrief.strengths.length > 0
      ? h(
          'section',
          { class: 'strengths', attrs: { 'aria-labelledby': 'debrief-strengths-title' } },
          h('h3', { id: 'debrief-strengths-title' }, tr('debrief.strengthsHeading')),
          h('ul', {}, ...debrief.strengths.map((s) => h('li', {}, strengthText(view, s)))),
        )
      : null,
  );
}

/** Every principle that came up, with its counts, explanation and source document. */
export function principlesSection(view: DebriefViewContext, debrief: Debrief): HTMLElement {
  const { tr, locale } = view;
  const items = debrief.principles.map((principle) => {
    const explanation = principleExplanation(locale, principle.id);
    return h(
      'li',
      {
        class: principle.broken > 0 ? 'broken' : 'honoured',
        attrs: { 'data-principle': principle.id },
      },
      h(
        'p',
        { class: 'principle-head' },
        h('span', { class: 'principle-label' }, principleLabel(tr, principle.id)),
        h(
          'span',
          { class: 'principle-counts' },
          principle.honoured > 0
            ? h(
                'span',
                { class: 'ok' },
                h('span', { class: 'sr-only' }, `${tr('feedback.honoured')}: `),
                `✓ ${principle.honoured}`,
              )
            : null,
          principle.broken > 0
            ? h(
                'span',
                { class: 'ko' },
                h('span', { class: 'sr-only' }, `${tr('feedback.broken')}: `),
                `✗ ${principle.broken}`,
              )
            : null,
        ),
      ),
      explanation ? h('p', { class: 'principle-explanation' }, explanation) : null,
      principle.sourceTitle
        ? h(
            'p',
            { class: 'principle-source' },
            tr('debrief.principle.source', { title: principle.sourceTitle }),
            principle.sourceFile
              ? h('span', { class: 'file' }, ` (${principle.sourceFile})`)
              : null,
          )
        : null,
    );
  });
  return h(
    'section',
    { class: 'debrief-principles', attrs: { 'aria-labelledby': 'debrief-principles-title' } },
    h('h3', { id: 'debrief-principles-title' }, tr('debrief.principlesHeading')),
    items.length > 0
      ? h('ul', {}, ...items)
      : h('p', { class: 'hint' }, tr('debrief.principles.none')),
  );
}
