/**
 * The checklist before the shift: each task with the time it takes (done ones ticked, ones that
 * no longer fit greyed), the time left, and "Open the desk". Number keys do a task and Space
 * opens the desk, so it is keyboard-playable like the rest of the desk.
 */
import type { Level, Locale } from '../../core/level.ts';
import type { SimState } from '../../core/types.ts';
import { localize, type Translate } from '../../i18n/index.ts';
import { clockText } from './desk-hud.ts';
import { button, focus, h, replaceChildren, setText } from './dom.ts';

/** The panel; shown until the desk opens. */
export class PreparationPanel {
  private readonly root: HTMLElement;
  private readonly list: HTMLElement;
  private readonly clock: HTMLElement;
  private shown = '';
  private readonly level: Level;
  private readonly locale: Locale;
  private readonly tr: Translate;
  private readonly onTask: (taskId: string) => void;

  constructor(
    parent: HTMLElement,
    level: Level,
    locale: Locale,
    tr: Translate,
    actions: { readonly task: (taskId: string) => void; readonly open: () => void },
  ) {
    this.level = level;
    this.locale = locale;
    this.tr = tr;
    this.onTask = actions.task;
    this.clock = h('p', { class: 'prep-clock', role: 'timer' });
    this.list = h('ul', { class: 'prep-tasks' });
    this.root = h(
      'section',
      { class: 'card preparation', attrs: { 'aria-labelledby': 'prep-title' } },
      h('h2', { id: 'prep-title' }, tr('prep.heading')),
      h('p', {}, tr('prep.intro')),
      this.clock,
      this.list,
      h(
        'div',
        { class: 'actions' },
        button(tr('prep.open'), actions.open, { class: 'primary prep-open' }),
      ),
      h('p', { class: 'hint' }, tr('prep.keys')),
    );
    parent.append(this.root);
  }

  update(sim: SimState): void {
    const { open, remaining, done } = sim.preparation;
    this.root.hidden = open;
    if (open) return;
    setText(this.clock, this.tr('prep.timeLeft', { time: clockText(Math.ceil(remaining)) }));
    const tasks = this.level.preparation?.tasks ?? [];
    const key = tasks.map((t) => `${done.includes(t.id)}${t.seconds <= remaining}`).join();
    if (key === this.shown) return;
    const first = this.shown === '';
    this.shown = key;
    replaceChildren(
      this.list,
      ...tasks.map((task, index) => {
        const isDone = done.includes(task.id);
        const fits = task.seconds <= remaining + 1e-9;
        return h(
          'li',
          {},
          button(
            [
              h('kbd', { attrs: { 'aria-hidden': 'true' } }, String(index + 1)),
              h('span', {}, localize(task.text, this.locale, this.level.defaultLocale)),
              h(
                'span',
                { class: 'prep-meta' },
                isDone
                  ? `✓ ${this.tr('prep.done')}`
                  : this.tr('prep.takes', { seconds: task.seconds }),
              ),
            ],
            () => this.onTask(task.id),
            {
              class: isDone ? 'prep-task done' : 'prep-task',
              attrs: {
                'data-task': task.id,
                'aria-pressed': isDone ? 'true' : 'false',
                'aria-disabled': isDone || !fits ? 'true' : false,
              },
            },
          ),
        );
      }),
    );
    if (first) focus(this.root.querySelector<HTMLElement>('button.prep-task'));
  }
}
