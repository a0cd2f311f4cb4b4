/**
 * The end-of-shift card (score, stars, how customers left, principles) and the invalid-level
 * card (every problem as `file:line:col: severity: message`).
 */
import type { Outcome } from '../../core/types.ts';
import type { Translate } from '../../i18n/index.ts';
import { formatProblem, type Problem } from '../../levels/problem.ts';
import type { LevelResult } from '../../state/level-result.ts';
import { button, h } from './dom.ts';
import { principleLabel } from './feedback-card.ts';

const SVG = 'http://www.w3.org/2000/svg';
const STAR_PATH = 'M12 1.5l3.1 6.6 7.2.9-5.3 5 1.4 7.1L12 17.6 5.6 21.1 7 14l-5.3-5 7.2-.9z';
const OUTCOMES: readonly Outcome[] = ['delighted', 'satisfied', 'neutral', 'upset'];

/** Three drawn stars, `earned` of them filled. */
function starRow(tr: Translate, earned: number): HTMLElement {
  const row = h('div', {
    class: 'stars',
    role: 'img',
    attrs: { 'aria-label': tr('end.stars', { count: earned }) },
  });
  for (let i = 0; i < 3; i += 1) {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('class', i < earned ? 'star earned' : 'star');
    svg.setAttribute('aria-hidden', 'true');
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', STAR_PATH);
    svg.append(path);
    row.append(svg);
  }
  return row;
}

/** What the level-end card's buttons do; `nextLevel` is absent when no next level is open. */
export interface LevelEndActions {
  readonly playAgain: () => void;
  readonly menu: () => void;
  readonly nextLevel?: (() => void) | undefined;
}

/** Parts of the level-end card built elsewhere: the score table and the debrief. */
export interface LevelEndSections {
  readonly records?: HTMLElement | null;
  readonly debrief?: HTMLElement | null;
}

/** The level-end card. */
export function levelEndCard(
  tr: Translate,
  result: LevelResult,
  title: string,
  actions: LevelEndActions,
  sections: LevelEndSections = {},
): HTMLElement {
  const next = actions.nextLevel;
  const outcomes = OUTCOMES.map((outcome) =>
    h(
      'li',
      { class: `outcome ${outcome}` },
      h('span', { class: 'dot', attrs: { 'aria-hidden': 'true' } }),
      h('span', { class: 'outcome-label' }, tr(`end.outcome.${outcome}`)),
      h('span', { class: 'outcome-count' }, String(result.outcomes[outcome])),
    ),
  );
  const principles = result.principles
    .slice(0, 6)
    .map((p) =>
      h(
        'li',
        { class: p.broken > 0 ? 'broken' : 'honoured' },
        h('span', { class: 'principle-label' }, principleLabel(tr, p.id)),
        h(
          'span',
          { class: 'principle-counts' },
          p.honoured > 0 ? h('span', { class: 'ok' }, `✓ ${p.honoured}`) : null,
          p.broken > 0 ? h('span', { class: 'ko' }, `✗ ${p.broken}`) : null,
        ),
      ),
    );
  return h(
    'section',
    { class: 'card end-card', attrs: { 'aria-labelledby': 'end-title' } },
    h('p', { class: 'eyebrow' }, title),
    h('h1', { id: 'end-title' }, tr('end.heading')),
    starRow(tr, result.stars),
    h('p', { class: 'score' }, tr('end.score', { score: result.score })),
    h(
      'div',
      { class: 'end-columns' },
      h(
        'section',
        { attrs: { 'aria-labelledby': 'outcomes-title' } },
        h('h2', { id: 'outcomes-title' }, tr('end.outcomesHeading')),
        h('ul', { class: 'outcomes' }, ...outcomes),
        h(
          'p',
          { class: result.walkedOut > 0 ? 'walkouts bad' : 'walkouts' },
          result.walkedOut > 0
            ? tr('end.walkOuts', { count: result.walkedOut })
            : tr('end.noWalkOuts'),
        ),
      ),
      principles.length > 0
        ? h(
            'section',
            { attrs: { 'aria-labelledby': 'principles-title' } },
            h('h2', { id: 'principles-title' }, tr('end.principlesHeading')),
            h('ul', { class: 'principle-tally' }, ...principles),
          )
        : null,
    ),
    h(
      'div',
      { class: 'actions' },
      next ? button(tr('end.nextLevel'), next, { class: 'primary' }) : null,
      button(tr('end.playAgain'), actions.playAgain, { class: next ? '' : 'primary' }),
      button(tr('end.menu'), actions.menu),
    ),
    h('p', { class: 'hint' }, next ? tr('end.nextHint') : tr('end.continueHint')),
    sections.records ?? null,
    sections.debrief ?? null,
  );
}

/** The invalid-level card. */
export function errorCard(
  tr: Translate,
  problems: readonly Problem[],
  back: () => void,
): HTMLElement {
  return h(
    'section',
    { class: 'card error-card', attrs: { 'aria-labelledby': 'error-title' } },
    h(
      'h1',
      { id: 'error-title' },
      h('span', { attrs: { 'aria-hidden': 'true' } }, '⚠ '),
      tr('error.heading'),
    ),
    h('p', {}, tr('error.intro')),
    h(
      'ul',
      { class: 'problems' },
      ...problems.map((problem) =>
        h('li', { class: problem.severity }, h('code', {}, formatProblem(problem))),
      ),
    ),
    h('div', { class: 'actions' }, button(tr('error.back'), back, { class: 'primary' })),
  );
}
