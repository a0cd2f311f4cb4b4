/**
 * The desk's frame: the top bar (level, shift clock, score, pause), the key help bar, a ticker
 * for arrivals and departures (with a screen-reader log of the same messages), and a
 * screen-reader list of the queue with a patience meter and an acknowledge button per customer.
 */
import type { Level } from '../../core/level.ts';
import { profileOf, waitingCustomers } from '../../core/selectors.ts';
import type { SimState } from '../../core/types.ts';
import { localize, type Translate } from '../../i18n/index.ts';
import type { Locale } from '../../core/level.ts';
import { button, h, replaceChildren, setText } from './dom.ts';
import { createMeter, type Meter } from './meter.ts';

/** Formats seconds as m:ss. */
export function clockText(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** Messages kept in the screen-reader log of what happened at the desk. */
const LOG_LENGTH = 8;

/** What the HUD needs from the desk scene. */
export interface DeskHudOptions {
  readonly level: Level;
  readonly locale: Locale;
  readonly tr: Translate;
  readonly speed: number;
  readonly onPause: () => void;
  readonly onAcknowledge: (visitId: string) => void;
}

interface QueueRow {
  readonly item: HTMLLIElement;
  readonly meter: Meter;
  acknowledged: boolean;
}

/** The desk HUD inside `layer`. */
export class DeskHud {
  private readonly options: DeskHudOptions;
  private readonly clock: HTMLElement;
  private readonly score: HTMLElement;
  private readonly ticker: HTMLElement;
  private readonly log: HTMLElement;
  private readonly queueList: HTMLUListElement;
  private readonly queueCount: HTMLElement;
  private readonly rows = new Map<string, QueueRow>();
  private tickerTimer: number | undefined;

  constructor(layer: HTMLElement, options: DeskHudOptions) {
    this.options = options;
    const { tr, level, locale } = options;
    const hasPromises = level.dialogues.some((d) =>
      d.nodes.some((n) => n.choices.some((c) => c.promise !== undefined)),
    );
    this.clock = h('span', { class: 'stat-value' }, '0:00');
    this.score = h('span', { class: 'stat-value' }, '0');
    // The ticker shows the latest message; screen readers get every one from the log instead,
    // since a live region replaced twice in a moment may only ever read the last.
    this.ticker = h('p', { class: 'ticker', attrs: { 'aria-hidden': 'true' } });
    this.log = h('ol', {
      class: 'sr-only',
      role: 'log',
      attrs: { 'aria-live': 'polite', 'aria-label': tr('desk.eventsLog') },
    });
    this.queueCount = h('p', {});
    this.queueList = h('ul', {});
    const title = localize(level.title, locale, level.defaultLocale);
    const header = h(
      'header',
      { class: 'topbar' },
      h('h1', { class: 'level-title' }, title),
      this.ticker,
      h('div', { class: 'stat' }, h('span', { class: 'stat-label' }, tr('desk.time')), this.clock),
      h('div', { class: 'stat' }, h('span', { class: 'stat-label' }, tr('desk.score')), this.score),
      options.speed !== 1
        ? h('span', { class: 'speed-badge' }, tr('desk.speed', { speed: options.speed }))
        : null,
      button([tr('desk.pause'), h('kbd', {}, 'Esc')], options.onPause, { class: 'pause-button' }),
    );
    const queue = h(
      'section',
      { class: 'sr-only', attrs: { 'aria-labelledby': 'queue-heading' } },
      h('h2', { id: 'queue-heading' }, tr('desk.queueHeading')),
      this.queueCount,
      this.queueList,
    );
    const keys = h(
      'footer',
      { class: 'keybar', attrs: { 'aria-label': tr('keys.label') } },
      h(
        'ul',
        {},
        h('li', {}, h('kbd', {}, '1'), '–', h('kbd', {}, '4'), ' ', tr('keys.choose')),
        h('li', {}, h('kbd', {}, 'Space'), ' / ', h('kbd', {}, 'N'), ' ', tr('keys.callNext')),
        h('li', {}, h('kbd', {}, 'A'), ' ', tr('keys.acknowledge')),
        level.backup ? h('li', {}, h('kbd', {}, 'B'), ' ', tr('keys.backup')) : null,
        level.distractions?.length ? h('li', {}, h('kbd', {}, 'D'), ' ', tr('keys.attend')) : null,
        hasPromises ? h('li', {}, h('kbd', {}, 'K'), ' ', tr('keys.keepPromise')) : null,
        level.customers.some((c) => c.regular)
          ? h('li', {}, h('kbd', {}, 'C'), ' ', tr('keys.card'))
          : null,
        h('li', {}, h('kbd', {}, 'Esc'), ' ', tr('keys.pause')),
      ),
    );
    layer.append(header, this.log, queue, keys);
  }

  /** Refreshes the clock, score and queue from the simulation. */
  update(sim: SimState): void {
    const { level } = this.options;
    setText(this.clock, `${clockText(sim.time)} / ${clockText(level.shift.durationSeconds)}`);
    setText(this.score, String(sim.score));
    const waiting = waitingCustomers(sim);
    setText(this.queueCount, this.options.tr('desk.queueCount', { count: waiting.length }));
    const present = new Set(waiting.map((c) => c.visitId));
    for (const [visitId, row] of this.rows) {
      if (!present.has(visitId)) {
        row.item.remove();
        this.rows.delete(visitId);
      }
    }
    for (const customer of waiting) {
      let row = this.rows.get(customer.visitId);
      const acknowledged = customer.acknowledgedAt !== null;
      if (!row || row.acknowledged !== acknowledged) {
        row = this.queueRow(customer.visitId, customer.profileId, acknowledged, row);
      }
      row.meter.set(customer.meters.patience);
    }
  }

  /** Shows a short message (arrival, walk-out...) for a few seconds. */
  announce(message: string): void {
    this.log.append(h('li', {}, message));
    while (this.log.childElementCount > LOG_LENGTH) this.log.firstElementChild?.remove();
    setText(this.ticker, message);
    this.ticker.classList.add('visible');
    window.clearTimeout(this.tickerTimer);
    this.tickerTimer = window.setTimeout(() => this.ticker.classList.remove('visible'), 4000);
  }

  /** Stops timers (the layer itself is removed with the scene). */
  dispose(): void {
    window.clearTimeout(this.tickerTimer);
  }

  private queueRow(
    visitId: string,
    profileId: string,
    acknowledged: boolean,
    old?: QueueRow,
  ): QueueRow {
    const { tr, level } = this.options;
    const name = profileOf(level, profileId).name;
    const meter =
      old?.meter ?? createMeter(tr('meter.patienceOf', { name }), 100, { compact: true });
    const action = acknowledged
      ? h('span', {}, tr('desk.acknowledged', { name }))
      : button(tr('desk.acknowledge', { name }), () => this.options.onAcknowledge(visitId));
    const item = old?.item ?? h('li', {});
    replaceChildren(item, action, meter.element);
    if (!old) this.queueList.append(item);
    const row = { item, meter, acknowledged };
    this.rows.set(visitId, row);
    return row;
  }
}
