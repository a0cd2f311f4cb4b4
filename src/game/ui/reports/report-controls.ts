/**
 * The reports card's form controls: whose results to export (radio buttons) and the xAPI
 * account home page. Arrow keys stay with the controls (radio choice, text caret) instead of
 * moving focus between the menu's buttons.
 */
import type { Translate } from '../../../i18n/index.ts';
import { h, setText } from '../dom.ts';
import { DEFAULT_HOME_PAGE, type ReportScope } from './report-files.ts';

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/** The home page typed last, kept while the game runs so trainers type it once. */
let rememberedHomePage = DEFAULT_HOME_PAGE;

function ownArrows(input: HTMLInputElement): HTMLInputElement {
  input.addEventListener('keydown', (event) => {
    if (ARROWS.has(event.key)) event.stopPropagation();
  });
  return input;
}

/** The scope radio group. */
export interface ScopeControl {
  readonly element: HTMLElement;
  /** Shows the active player's name, or disables that option when nobody is active. */
  setActive(name: string | null): void;
  /** The chosen scope. */
  scope(): ReportScope;
}

/** Builds the "Whose results" radio group. */
export function scopeControl(tr: Translate): ScopeControl {
  const make = (value: ReportScope) =>
    ownArrows(h('input', { type: 'radio', attrs: { name: 'report-scope', value } }));
  const active = make('active');
  const room = make('room');
  room.checked = true;
  const activeLabel = h('span', {}, tr('reports.scope.noActive'));
  active.disabled = true;
  const element = h(
    'fieldset',
    { class: 'scope' },
    h('legend', {}, tr('reports.scopeLabel')),
    h('label', { class: 'scope-option' }, active, activeLabel),
    h('label', { class: 'scope-option' }, room, h('span', {}, tr('reports.scope.room'))),
  );
  let hadActive = false;
  return {
    element,
    setActive(name) {
      setText(
        activeLabel,
        name === null ? tr('reports.scope.noActive') : tr('reports.scope.active', { name }),
      );
      active.disabled = name === null;
      // When a trainee becomes available, their own results are the likelier export.
      if (name === null) room.checked = true;
      else if (!hadActive) active.checked = true;
      hadActive = name !== null;
    },
    scope: () => (active.checked ? 'active' : 'room'),
  };
}

/** The xAPI home page field. */
export interface HomePageControl {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  /** The trimmed value, remembered for the next time the card opens. */
  value(): string;
}

/** Builds the xAPI home page field with its label and hint. */
export function homePageControl(tr: Translate): HomePageControl {
  const input = ownArrows(
    h('input', {
      type: 'url',
      id: 'report-home-page',
      attrs: { 'aria-describedby': 'report-home-page-hint', spellcheck: false },
    }),
  );
  input.value = rememberedHomePage;
  const element = h(
    'div',
    { class: 'home-page' },
    h('label', { attrs: { for: 'report-home-page' } }, tr('reports.homePage')),
    input,
    h('p', { class: 'hint', id: 'report-home-page-hint' }, tr('reports.homePageHint')),
  );
  return {
    element,
    input,
    value() {
      rememberedHomePage = input.value.trim();
      return rememberedHomePage;
    },
  };
}
