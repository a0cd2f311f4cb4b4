/**
 * The debrief shown on the level-end screen: a summary, a chart of the customers' mood through
 * the shift, tips and strengths, each customer's key answers, and the principles that came up
 * with their explanations and sources. Built from `buildDebrief` (pure, in `src/debrief/`).
 */
import type { Level, Locale } from '../../../core/level.ts';
import { buildDebrief } from '../../../debrief/build.ts';
import type { Translate } from '../../../i18n/index.ts';
import type { Attempt } from '../../../storage/scores/model.ts';
import { h } from '../dom.ts';
import { adviceSection, principlesSection } from './advice-view.ts';
import { debriefChart } from './chart.ts';
import { customersSection, type DebriefViewContext } from './customers-view.ts';
import { clock } from './format.ts';
import './debrief.css';

/** What the debrief needs: the level played, the recorded attempt, and the UI language. */
export interface DebriefOptions {
  readonly level: Level;
  readonly attempt: Attempt;
  readonly locale: Locale;
  readonly tr: Translate;
}

/**
 * Builds the debrief as a detached `<section>` (with `data-testid="debrief"`), ready to be
 * appended to the level-end card. Headings start at `h2` so it nests under the card's `h1`.
 */
export function renderDebrief(options: DebriefOptions): HTMLElement {
  const { level, attempt, locale, tr } = options;
  const debrief = buildDebrief(level, attempt);
  const view: DebriefViewContext = { level, locale, tr };
  const summary = [
    tr('end.score', { score: debrief.score }),
    tr('end.stars', { count: debrief.stars }),
    tr('levels.customers', { count: debrief.customers.length }),
    clock(debrief.durationSeconds),
  ].join(' · ');
  return h(
    'section',
    {
      class: 'debrief',
      attrs: {
        'aria-labelledby': 'debrief-title',
        'data-testid': 'debrief',
        'data-mode': debrief.mode,
        'data-attempt': attempt.id,
      },
    },
    h('h2', { id: 'debrief-title' }, tr('debrief.heading')),
    h('p', { class: 'debrief-summary' }, summary),
    adviceSection(view, debrief),
    h(
      'section',
      { class: 'debrief-mood', attrs: { 'aria-labelledby': 'debrief-chart-title' } },
      h('h3', { id: 'debrief-chart-title' }, tr('debrief.chartHeading')),
      debriefChart(tr, locale, debrief.chart),
    ),
    customersSection(view, debrief),
    principlesSection(view, debrief),
  );
}
