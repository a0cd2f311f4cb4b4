/**
 * An accessible 0-100 meter (`role="meter"` with a name and value) drawn as a coloured bar.
 * The colour goes green, amber, red as the value falls, matching the bars on the canvas.
 */
import { h, setText } from './dom.ts';

/** A meter element and its updater. */
export interface Meter {
  readonly element: HTMLElement;
  /** Shows a new value (rounded); unchanged values touch nothing. */
  set(value: number): void;
  /** Renames the meter (e.g. after a language change). */
  rename(label: string): void;
}

/** The traffic-light band of a meter value, used as a CSS class. */
export function meterBand(value: number): 'good' | 'fair' | 'low' {
  return value >= 60 ? 'good' : value >= 30 ? 'fair' : 'low';
}

/** Creates a labelled meter; `compact` hides the visible label (the accessible name stays). */
export function createMeter(
  label: string,
  value: number,
  options: { compact?: boolean } = {},
): Meter {
  const name = h('span', { class: 'meter-label' }, label);
  const fill = h('span', { class: 'meter-fill' });
  const number = h('span', { class: 'meter-value', attrs: { 'aria-hidden': 'true' } });
  const bar = h('span', { class: 'meter-bar' }, fill);
  const element = h(
    'div',
    {
      class: options.compact ? 'meter compact' : 'meter',
      role: 'meter',
      attrs: { 'aria-label': label, 'aria-valuemin': 0, 'aria-valuemax': 100 },
    },
    options.compact ? null : name,
    bar,
    number,
  );
  let shown = Number.NaN;
  const meter: Meter = {
    element,
    set(next) {
      const rounded = Math.round(Math.min(100, Math.max(0, next)));
      if (rounded === shown) return;
      shown = rounded;
      element.setAttribute('aria-valuenow', String(rounded));
      element.dataset['band'] = meterBand(rounded);
      fill.style.width = `${rounded}%`;
      setText(number, String(rounded));
    },
    rename(next) {
      element.setAttribute('aria-label', next);
      setText(name, next);
    },
  };
  meter.set(value);
  return meter;
}
