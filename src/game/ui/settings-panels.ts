/** The language picker and the web build's "you can close this tab" note. */
import { LOCALES, type Locale } from '../../core/level.ts';
import { LANGUAGE_NAMES, type Translate } from '../../i18n/index.ts';
import { button, h } from './dom.ts';

/** The language picker card: each language named in itself. */
export function languagePicker(
  tr: Translate,
  current: Locale,
  choose: (locale: Locale) => void,
  back: () => void,
): HTMLElement {
  return h(
    'section',
    { class: 'card language-card', attrs: { 'aria-labelledby': 'language-title' } },
    h('h1', { id: 'language-title' }, tr('language.heading')),
    h(
      'ul',
      { class: 'menu-list' },
      ...LOCALES.map((locale) =>
        h(
          'li',
          {},
          button(
            [
              LANGUAGE_NAMES[locale],
              locale === current
                ? h('span', { class: 'check', attrs: { 'aria-hidden': 'true' } }, '✓')
                : null,
            ],
            () => choose(locale),
            {
              class: locale === current ? 'selected' : '',
              attrs: { lang: locale, 'aria-pressed': locale === current ? 'true' : 'false' },
            },
          ),
        ),
      ),
    ),
    h('div', { class: 'actions' }, button(tr('common.back'), back)),
  );
}

/** The web build's quit card. */
export function quitNote(tr: Translate, back: () => void): HTMLElement {
  return h(
    'section',
    { class: 'card quit-card', attrs: { 'aria-labelledby': 'quit-title' } },
    h('h1', { id: 'quit-title' }, tr('quit.heading')),
    h('p', {}, tr('quit.body')),
    h('div', { class: 'actions' }, button(tr('common.back'), back, { class: 'primary' })),
  );
}
