/**
 * The Players screen: who trains on this computer. Pick the active player, add one, rename one
 * in place, or delete one after a confirmation that says how many results go with them.
 * The card is redrawn from the scores store and a small UI state (which row is being renamed
 * or confirmed, the last message) that the menu scene keeps between redraws.
 */
import type { Translate } from '../../../i18n/index.ts';
import type { ScoresState } from '../../../state/scores-store.ts';
import type { Profile } from '../../../storage/scores/model.ts';
import { button, h } from '../dom.ts';

/** What the card remembers between redraws. */
export interface PlayersUiState {
  /** Profile being renamed. */
  readonly editing: string | null;
  /** Profile whose deletion awaits confirmation. */
  readonly confirming: string | null;
  readonly message: { readonly kind: 'status' | 'alert'; readonly text: string } | null;
  /** `data-focus` of the element to focus after the redraw. */
  readonly focus: string | null;
}

/** The UI state of a freshly opened Players screen. */
export const INITIAL_PLAYERS_UI: PlayersUiState = {
  editing: null,
  confirming: null,
  message: null,
  focus: null,
};

/** What the card needs. */
export interface PlayersPanelOptions {
  readonly tr: Translate;
  readonly scores: ScoresState;
  readonly ui: PlayersUiState;
  /** Changes the UI state (and redraws). */
  readonly update: (patch: Partial<PlayersUiState>) => void;
  readonly back: () => void;
}

function reason(scores: ScoresState, error: unknown): string {
  return scores.error ?? (error instanceof Error ? error.message : String(error));
}

/** A labelled name field with a submit button, and a cancel button (also on Escape). */
function nameForm(
  id: string,
  label: string,
  value: string,
  submitLabel: string,
  submit: (name: string) => void,
  cancel?: { readonly label: string; readonly run: () => void },
): HTMLFormElement {
  const input = h('input', {
    id,
    type: 'text',
    attrs: { maxlength: 40, autocomplete: 'off', 'data-focus': id, required: true },
  });
  input.value = value;
  const form = h(
    'form',
    { class: 'name-form' },
    h('label', { attrs: { for: id } }, label),
    input,
    h('button', { type: 'submit', class: 'primary' }, submitLabel),
    cancel ? button(cancel.label, cancel.run) : null,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit(input.value);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && cancel) cancel.run();
  });
  return form;
}

function playerRow(options: PlayersPanelOptions, profile: Profile): HTMLElement {
  const { tr, scores, ui, update } = options;
  const active = profile.id === scores.activeProfileId;
  const results = scores.attempts.filter((a) => a.profileId === profile.id).length;
  const fail = (error: unknown) =>
    update({
      message: { kind: 'alert', text: tr('players.error', { reason: reason(scores, error) }) },
    });

  if (ui.editing === profile.id) {
    const form = nameForm(
      `rename-${profile.id}`,
      tr('players.renameLabel', { name: profile.name }),
      profile.name,
      tr('players.save'),
      (name) =>
        void scores
          .renameProfile(profile.id, name)
          .then(() => update({ editing: null, message: null, focus: `pick-${profile.id}` }))
          .catch(fail),
      {
        label: tr('players.cancel'),
        run: () => update({ editing: null, focus: `rename-btn-${profile.id}` }),
      },
    );
    return h('li', { class: 'player-row editing' }, form);
  }

  if (ui.confirming === profile.id) {
    return h(
      'li',
      {
        class: 'player-row confirming',
        role: 'group',
        attrs: { 'aria-labelledby': `confirm-${profile.id}` },
      },
      h(
        'p',
        { id: `confirm-${profile.id}` },
        tr('players.confirmDelete', { name: profile.name, count: results }),
      ),
      h(
        'div',
        { class: 'actions' },
        button(
          tr('players.deleteLabel', { name: profile.name }),
          () =>
            void scores
              .deleteProfile(profile.id)
              .then(() =>
                update({
                  confirming: null,
                  focus: 'new-player',
                  message: { kind: 'status', text: tr('players.deleted', { name: profile.name }) },
                }),
              )
              .catch(fail),
          { class: 'danger', attrs: { 'data-focus': `confirm-yes-${profile.id}` } },
        ),
        button(tr('players.cancel'), () =>
          update({ confirming: null, focus: `delete-btn-${profile.id}` }),
        ),
      ),
    );
  }

  const onlyOne = scores.profiles.length === 1;
  return h(
    'li',
    { class: active ? 'player-row active' : 'player-row' },
    button(
      [
        h('span', { class: 'player-name' }, profile.name),
        active ? h('span', { class: 'badge' }, tr('players.active')) : null,
        h('span', { class: 'player-meta' }, tr('reports.results', { count: results })),
      ],
      () =>
        void scores
          .selectProfile(profile.id)
          .then(() => update({ message: null, focus: `pick-${profile.id}` }))
          .catch(fail),
      {
        class: 'player-pick',
        attrs: { 'aria-pressed': active ? 'true' : 'false', 'data-focus': `pick-${profile.id}` },
      },
    ),
    button(
      [tr('players.rename'), h('span', { class: 'sr-only' }, ` ${profile.name}`)],
      () => update({ editing: profile.id, confirming: null, focus: `rename-${profile.id}` }),
      { attrs: { 'data-focus': `rename-btn-${profile.id}` } },
    ),
    button(
      tr('players.delete'),
      () =>
        onlyOne
          ? update({ message: { kind: 'alert', text: tr('players.onlyOne') } })
          : update({ confirming: profile.id, editing: null, focus: `confirm-yes-${profile.id}` }),
      {
        attrs: {
          'aria-label': tr('players.deleteLabel', { name: profile.name }),
          'aria-disabled': onlyOne ? 'true' : false,
          title: onlyOne ? tr('players.onlyOne') : false,
          'data-focus': `delete-btn-${profile.id}`,
        },
      },
    ),
  );
}

/** Builds the card. */
export function playersPanel(options: PlayersPanelOptions): HTMLElement {
  const { tr, scores, ui, update } = options;
  const create = nameForm(
    'new-player',
    tr('players.nameLabel'),
    '',
    tr('players.create'),
    (name) =>
      void scores
        .createProfile(name)
        .then((profile) =>
          update({
            message: { kind: 'status', text: tr('players.created', { name: profile.name }) },
            focus: `pick-${profile.id}`,
          }),
        )
        .catch((error: unknown) =>
          update({
            message: {
              kind: 'alert',
              text: tr('players.error', { reason: reason(scores, error) }),
            },
            focus: 'new-player',
          }),
        ),
  );
  const unavailable = scores.status === 'unavailable';
  return h(
    'section',
    { class: 'card players-card', attrs: { 'aria-labelledby': 'players-title' } },
    h('h1', { id: 'players-title' }, tr('players.heading')),
    h('p', {}, tr('players.intro')),
    unavailable
      ? h(
          'p',
          { class: 'notice', role: 'alert' },
          tr('players.unavailable', { reason: scores.error ?? '' }),
        )
      : h('ul', { class: 'player-list' }, ...scores.profiles.map((p) => playerRow(options, p))),
    h(
      'p',
      { role: 'status', class: 'players-status' },
      ui.message?.kind === 'status' ? ui.message.text : '',
    ),
    h(
      'div',
      { role: 'alert', class: 'players-alert' },
      ui.message?.kind === 'alert' ? ui.message.text : '',
    ),
    unavailable
      ? null
      : h(
          'section',
          { class: 'new-player', attrs: { 'aria-labelledby': 'new-player-title' } },
          h('h2', { id: 'new-player-title' }, tr('players.newHeading')),
          create,
        ),
    h(
      'div',
      { class: 'actions' },
      button(tr('common.back'), () => {
        update(INITIAL_PLAYERS_UI);
        options.back();
      }),
    ),
  );
}
