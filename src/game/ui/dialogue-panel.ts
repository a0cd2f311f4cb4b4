/**
 * The conversation at the desk: who is there, what they say, their meters, and the numbered
 * answers (real buttons; keys 1-4 pick them too). With the desk free it offers to call the next
 * customer instead. Rebuilt only when the speaker or line changes; meters update in place.
 */
import type { CustomerProfile, Level, Locale } from '../../core/level.ts';
import { deskCustomer, orderedChoices, profileOf, currentNode } from '../../core/selectors.ts';
import type { CustomerState, RememberedOutcome, SimState } from '../../core/types.ts';
import { localize, type Translate } from '../../i18n/index.ts';
import { button, focus, h, setText } from './dom.ts';
import { createMeter, type Meter } from './meter.ts';

/** What the panel needs from the desk scene. */
export interface DialoguePanelOptions {
  readonly level: Level;
  readonly locale: Locale;
  readonly tr: Translate;
  readonly onChoose: (index: number) => void;
  readonly onCallNext: () => void;
  /** Opens the card of the regular at the desk. */
  readonly onOpenCard: () => void;
}

/** A regular's card: a button to open it, or once open, their history and last visit. */
function regularCard(
  options: DialoguePanelOptions,
  profile: CustomerProfile,
  customer: CustomerState,
  memory: RememberedOutcome | undefined,
): HTMLElement | null {
  const { tr, locale, level } = options;
  if (!profile.regular) return null;
  if (!customer.cardOpened) {
    return button(
      [h('kbd', { attrs: { 'aria-hidden': 'true' } }, 'C'), tr('card.open')],
      options.onOpenCard,
      { class: 'card-open', attrs: { 'aria-keyshortcuts': 'C' } },
    );
  }
  return h(
    'aside',
    { class: 'regular-card', attrs: { 'aria-label': tr('card.heading') } },
    h('strong', {}, tr('card.heading'), ': '),
    localize(profile.regular.history, locale, level.defaultLocale),
    memory ? ` ${tr('card.lastTime', { outcome: tr(`card.outcome.${memory}`) })}` : null,
  );
}

/** The dialogue panel inside `layer`. */
export class DialoguePanel {
  private readonly options: DialoguePanelOptions;
  private readonly root: HTMLElement;
  private shownKey = '';
  private meters: { satisfaction: Meter; selfEsteem: Meter; patience: Meter } | null = null;
  private queueCount: HTMLElement | null = null;

  constructor(layer: HTMLElement, options: DialoguePanelOptions) {
    this.options = options;
    this.root = h('section', {
      class: 'dialogue',
      attrs: { 'aria-label': options.tr('desk.label') },
    });
    layer.append(this.root);
  }

  /** Follows the simulation; `mayFocus` is false while a modal is open. */
  update(sim: SimState, mayFocus: boolean): void {
    const customer = deskCustomer(sim);
    const key = customer
      ? `${customer.visitId}:${customer.nodeId ?? ''}:${customer.cardOpened}`
      : `free:${sim.queue.length > 0}`;
    if (key !== this.shownKey) {
      const hadFocus =
        this.root.contains(document.activeElement) || document.activeElement === document.body;
      this.shownKey = key;
      if (customer) this.showCustomer(sim);
      else this.showFreeDesk(sim.queue.length > 0);
      // Focus the answers as a group, not the first answer: no option should look preselected.
      if (hadFocus && mayFocus)
        focus(this.root.querySelector<HTMLElement>('.choices[tabindex="-1"], .choices button'));
    }
    if (customer && this.meters) {
      this.meters.satisfaction.set(customer.meters.satisfaction);
      this.meters.selfEsteem.set(customer.meters.selfEsteem);
      this.meters.patience.set(customer.meters.patience);
    }
    if (this.queueCount) {
      setText(this.queueCount, this.options.tr('desk.queueCount', { count: sim.queue.length }));
    }
  }

  private showCustomer(sim: SimState): void {
    const { level, locale, tr, onChoose } = this.options;
    const customer = deskCustomer(sim);
    const node = currentNode(level, sim);
    if (!customer || !node) return;
    const profile = profileOf(level, customer.profileId);
    const card = regularCard(this.options, profile, customer, sim.memories[profile.name]);
    const text = (value: Parameters<typeof localize>[0]) =>
      localize(value, locale, level.defaultLocale);
    this.meters = {
      satisfaction: createMeter(tr('meter.satisfaction'), customer.meters.satisfaction),
      selfEsteem: createMeter(tr('meter.selfEsteem'), customer.meters.selfEsteem),
      patience: createMeter(tr('meter.patience'), customer.meters.patience),
    };
    this.queueCount = null;
    this.root.classList.remove('free-desk');
    // Each trait with what it changes, so the player knows what weighs more with this customer.
    const traits = profile.traits
      .map((trait) =>
        trait === 'calm'
          ? tr('trait.calm')
          : `${tr(`trait.${trait}`)} (${tr(`traitHint.${trait}`)})`,
      )
      .join(', ');
    const choices = orderedChoices(level, sim).map((choice, index) =>
      button(
        [
          h('kbd', { attrs: { 'aria-hidden': 'true' } }, String(index + 1)),
          h('span', {}, text(choice.text)),
        ],
        () => onChoose(index),
        { class: 'choice', attrs: { 'data-choice': choice.id } },
      ),
    );
    this.root.replaceChildren(
      h(
        'div',
        { class: 'speaker' },
        h('h2', { class: 'customer-name' }, profile.name),
        // How the customer speaks, then their traits: one line of the customer's card.
        h(
          'p',
          { class: 'traits' },
          h(
            'span',
            { class: 'address', attrs: { 'data-address': profile.address } },
            tr(`desk.address.${profile.address}`),
          ),
          traits ? ` · ${tr('desk.traits', { traits })}` : null,
        ),
        h(
          'p',
          { class: 'line', attrs: { 'aria-live': 'polite' } },
          h('span', { class: 'sr-only' }, tr('desk.customerSays', { name: profile.name }), ' '),
          tr('desk.quote', { text: text(node.line) }),
        ),
        card,
        h(
          'div',
          { class: 'meters' },
          this.meters.satisfaction.element,
          this.meters.selfEsteem.element,
          this.meters.patience.element,
        ),
      ),
      h(
        'div',
        {
          class: 'choices',
          role: 'group',
          tabIndex: -1,
          attrs: { 'aria-label': tr('desk.choicesLabel') },
        },
        ...choices,
      ),
    );
  }

  private showFreeDesk(anyoneWaiting: boolean): void {
    const { tr, onCallNext } = this.options;
    this.meters = null;
    this.queueCount = h('p', { class: 'queue-count' });
    this.root.classList.add('free-desk');
    this.root.replaceChildren(
      h(
        'div',
        { class: 'speaker free' },
        h('h2', {}, tr('desk.deskFree')),
        h('p', {}, anyoneWaiting ? tr('desk.callNextHint') : tr('desk.nobodyWaiting')),
      ),
      h(
        'div',
        { class: 'choices free' },
        button(
          [
            h('kbd', { attrs: { 'aria-hidden': 'true' } }, 'Space'),
            h('span', {}, tr('desk.callNext')),
          ],
          onCallNext,
          {
            class: 'primary call-next',
            attrs: { 'aria-disabled': !anyoneWaiting ? 'true' : false },
          },
        ),
        this.queueCount,
      ),
    );
  }
}
