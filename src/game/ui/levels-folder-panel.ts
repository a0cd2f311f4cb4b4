/**
 * The desktop app's part of the level list: import a level file into the levels folder (it is
 * checked first and refused with its problems if it has errors), open the folder, and the
 * outcome of the last import.
 */
import type { Translate } from '../../i18n/index.ts';
import type { LevelImportState } from '../../state/level-import-store.ts';
import { button, h } from './dom.ts';

function outcomeView(tr: Translate, state: LevelImportState): HTMLElement | null {
  const outcome = state.outcome;
  if (state.busy) return h('p', { role: 'status' }, tr('levels.importing'));
  if (outcome === null) return h('p', { role: 'status' });
  if (outcome.ok) {
    const key = outcome.replaced ? 'levels.importReplaced' : 'levels.imported';
    return h('p', { role: 'status', class: 'import-ok' }, tr(key, { file: outcome.fileName }));
  }
  if (!('problems' in outcome)) return null;
  return h(
    'div',
    { role: 'alert', class: 'import-refused' },
    h('p', {}, tr('levels.importRefused')),
    h(
      'ul',
      { class: 'problems' },
      ...outcome.problems.map((problem) => h('li', {}, h('code', {}, problem))),
    ),
  );
}

/** The section, for the desktop build only. */
export function levelsFolderSection(tr: Translate, state: LevelImportState): HTMLElement {
  return h(
    'section',
    { class: 'levels-folder', attrs: { 'aria-label': tr('levels.fromFolder') } },
    h(
      'div',
      { class: 'actions' },
      button(tr('levels.import'), () => void state.run(), {
        attrs: { 'data-focus': 'import-level', 'aria-describedby': 'levels-folder-hint' },
      }),
      button(tr('levels.openFolder'), () => void state.openFolder(), {
        attrs: { 'data-focus': 'open-levels-folder' },
      }),
    ),
    h('p', { class: 'hint', id: 'levels-folder-hint' }, tr('levels.folderHint')),
    outcomeView(tr, state),
  );
}
