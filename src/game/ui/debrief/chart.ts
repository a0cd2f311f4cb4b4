/**
 * The debrief chart, drawn as inline SVG with DOM calls: average satisfaction and self-esteem as
 * step lines over the shift's time axis, and a marker where each customer left, coloured by how
 * they left. The SVG is one image for assistive technology, with a summary as its name.
 */
import type { Locale } from '../../../core/level.ts';
import type { ChartData } from '../../../debrief/types.ts';
import type { Translate } from '../../../i18n/index.ts';
import { h } from '../dom.ts';
import { clock, outcomeLabel } from './format.ts';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 640;
const HEIGHT = 240;
const PLOT = { left: 38, right: WIDTH - 14, top: 30, bottom: HEIGHT - 30 } as const;
const MARKER_Y = 14;
const TICK_STEPS = [10, 15, 30, 60, 120, 300, 600, 1200, 1800, 3600];
/** The two meters the chart draws, in legend order. */
const METERS = [
  { key: 'satisfaction', label: 'debrief.chart.satisfaction' },
  { key: 'selfEsteem', label: 'debrief.chart.selfEsteem' },
] as const;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string | number>> = {},
  ...children: readonly (SVGElement | string)[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

const xOf = (t: number, duration: number): number =>
  PLOT.left + (Math.min(Math.max(t, 0), duration) / duration) * (PLOT.right - PLOT.left);
const yOf = (value: number): number =>
  PLOT.bottom - (Math.min(Math.max(value, 0), 100) / 100) * (PLOT.bottom - PLOT.top);
const round = (value: number): number => Math.round(value * 10) / 10;

/** A time step that puts at most eight labels on the axis. */
export function tickStep(duration: number): number {
  return TICK_STEPS.find((step) => duration / step <= 8) ?? Math.ceil(duration / 8);
}

function axes(duration: number): SVGGElement {
  const group = svg('g', { class: 'axes', 'aria-hidden': 'true' });
  for (const value of [0, 25, 50, 75, 100]) {
    const y = round(yOf(value));
    group.append(svg('line', { class: 'grid', x1: PLOT.left, x2: PLOT.right, y1: y, y2: y }));
    if (value % 50 === 0) {
      group.append(
        svg(
          'text',
          { class: 'tick', x: PLOT.left - 6, y: y + 4, 'text-anchor': 'end' },
          String(value),
        ),
      );
    }
  }
  const step = tickStep(duration);
  for (let t = 0; t <= duration + 1e-9; t += step) {
    const x = round(xOf(t, duration));
    group.append(
      svg('line', { class: 'tick-mark', x1: x, x2: x, y1: PLOT.bottom, y2: PLOT.bottom + 4 }),
    );
    group.append(
      svg('text', { class: 'tick', x, y: PLOT.bottom + 17, 'text-anchor': 'middle' }, clock(t)),
    );
  }
  group.append(
    svg('line', { class: 'axis', x1: PLOT.left, x2: PLOT.right, y1: PLOT.bottom, y2: PLOT.bottom }),
  );
  return group;
}

function summary(tr: Translate, chart: ChartData): string {
  const last = chart.points.at(-1);
  if (last === undefined) return tr('debrief.chart.summaryEmpty');
  const walkedOut = chart.departures.filter((d) => d.outcome === 'walked-out').length;
  return [
    tr('debrief.chart.summary', {
      duration: clock(chart.duration),
      satisfaction: Math.round(last.satisfaction),
      selfEsteem: Math.round(last.selfEsteem),
    }),
    chart.departures.length > 0
      ? tr('debrief.chart.departures', { count: chart.departures.length, walkedOut })
      : '',
  ]
    .filter((part) => part !== '')
    .join(' ');
}

/** The step line of one meter as an SVG path (`M x y H x V y ...`). */
export function stepPath(chart: ChartData, meter: 'satisfaction' | 'selfEsteem'): string {
  const [first, ...rest] = chart.points;
  if (first === undefined) return '';
  let d = `M${round(xOf(first.t, chart.duration))} ${round(yOf(first[meter]))}`;
  for (const point of rest) {
    d += ` H${round(xOf(point.t, chart.duration))} V${round(yOf(point[meter]))}`;
  }
  return d;
}

function departures(tr: Translate, chart: ChartData): SVGGElement {
  const group = svg('g', { class: 'departures' });
  for (const departure of chart.departures) {
    const x = round(xOf(departure.t, chart.duration));
    const label = tr('debrief.chart.marker', {
      name: departure.name,
      outcome: outcomeLabel(tr, departure.outcome),
      time: clock(departure.t),
    });
    const marker =
      departure.outcome === 'walked-out'
        ? svg('path', { class: 'cross', d: `M${x - 5} ${MARKER_Y - 5}l10 10m0 -10l-10 10` })
        : svg('circle', { class: 'dot', cx: x, cy: MARKER_Y, r: 5.5 });
    group.append(
      svg(
        'g',
        { class: `marker ${departure.outcome}`, 'data-visit': departure.visitId },
        svg('title', {}, label),
        svg('line', { class: 'guide', x1: x, x2: x, y1: MARKER_Y + 6, y2: PLOT.bottom }),
        marker,
      ),
    );
  }
  return group;
}

function legend(tr: Translate): HTMLElement {
  const item = (swatch: string, label: string) =>
    h('li', {}, h('span', { class: `swatch ${swatch}`, attrs: { 'aria-hidden': 'true' } }), label);
  return h(
    'ul',
    { class: 'chart-legend', attrs: { 'aria-hidden': 'true' } },
    item('satisfaction', tr('debrief.chart.satisfaction')),
    item('self-esteem', tr('debrief.chart.selfEsteem')),
    item('left', tr('debrief.chart.left')),
    item('walked-out', tr('debrief.chart.walkedOut')),
  );
}

/** The chart as a `<figure data-testid="debrief-chart">` with its legend and caption. */
export function debriefChart(tr: Translate, locale: Locale, chart: ChartData): HTMLElement {
  const name = summary(tr, chart);
  const image = svg(
    'svg',
    {
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      role: 'img',
      'aria-label': name,
      lang: locale,
      class: chart.points.length === 0 ? 'chart empty' : 'chart',
      preserveAspectRatio: 'xMidYMid meet',
    },
    svg('title', {}, name),
    axes(chart.duration),
    ...METERS.filter(() => chart.points.length > 0).map((meter) =>
      svg('path', {
        class: `line ${meter.key === 'selfEsteem' ? 'self-esteem' : 'satisfaction'}`,
        d: stepPath(chart, meter.key),
        'data-meter': meter.key,
      }),
    ),
    departures(tr, chart),
    svg(
      'text',
      {
        class: 'axis-label',
        x: PLOT.right,
        y: HEIGHT - 2,
        'text-anchor': 'end',
        'aria-hidden': 'true',
      },
      tr('debrief.chart.time'),
    ),
  );
  return h(
    'figure',
    { class: 'debrief-chart', attrs: { 'data-testid': 'debrief-chart' } },
    image,
    legend(tr),
    h('figcaption', { class: 'hint' }, tr('debrief.chartCaption')),
  );
}
