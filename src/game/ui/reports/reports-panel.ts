/**
 * The trainer reports card: export the active trainee's or the whole room's results as CSV,
 * JSON or xAPI statements, and save or restore a backup of the whole score store. Restoring
 * merges (the store validates the file first), so a wrong file changes nothing.
 */
import type { Translate } from '../../../i18n/index.ts';
import { ScoresError, parseDumpText, type ScoresPort } from '../../../storage/scores/port.ts';
import { button, h, replaceChildren, setText } from '../dom.ts';
import {
  attemptsInScope,
  backupFile,
  isHomePage,
  reportFile,
  type ReportFormat,
  type RoomData,
} from './report-files.ts';
import { homePageControl, scopeControl } from './report-controls.ts';
import { saveFile } from './save-file.ts';
import '../debrief/debrief.css';

/** What the reports card needs. */
export interface ReportsPanelOptions {
  readonly tr: Translate;
  /** The score store (resolves once it is open). */
  readonly port: () => Promise<ScoresPort>;
  /** English level titles by level id, for xAPI activity names. */
  readonly levelTitles: Readonly<Record<string, string>>;
  readonly back: () => void;
  readonly now?: () => Date;
}

/** Builds the card; it fills in the stored counts once the store has answered. */
export function reportsPanel(options: ReportsPanelOptions): HTMLElement {
  const { tr } = options;
  const now = options.now ?? (() => new Date());
  const summary = h('p', { class: 'reports-summary' }, tr('reports.loading'));
  const status = h('p', {
    class: 'reports-status',
    role: 'status',
    attrs: { 'aria-live': 'polite' },
  });
  const alert = h('div', { class: 'reports-alert', role: 'alert' });
  const scope = scopeControl(tr);
  const homePage = homePageControl(tr);
  const fileInput = h('input', {
    type: 'file',
    class: 'sr-only',
    tabIndex: -1,
    attrs: {
      accept: '.json,application/json',
      'aria-hidden': 'true',
      'data-testid': 'restore-file',
    },
  });

  const say = (message: string) => {
    setText(alert, '');
    setText(status, message);
  };
  const fail = (message: string, reason?: string) => {
    setText(status, '');
    replaceChildren(
      alert,
      h('p', {}, message),
      reason ? h('p', { class: 'hint' }, tr('reports.details', { reason })) : null,
    );
  };

  const load = async (): Promise<RoomData> => {
    const port = await options.port();
    const [profiles, attempts, activeProfileId] = await Promise.all([
      port.listProfiles(),
      port.listAttempts(),
      port.getActiveProfileId(),
    ]);
    return { profiles, attempts, activeProfileId };
  };
  let data: Promise<RoomData>;
  const show = (room: RoomData) => {
    const players = tr('reports.players', { count: room.profiles.length });
    const results = tr('reports.results', { count: room.attempts.length });
    setText(summary, tr('reports.summary', { results, players }));
    const active = room.profiles.find((profile) => profile.id === room.activeProfileId);
    scope.setActive(active?.name ?? null);
  };
  const refresh = () => {
    data = load();
    data.then(show, (error: unknown) => fail(tr('reports.failed'), String(error)));
  };
  refresh();

  const exportAs = async (format: ReportFormat) => {
    const address = homePage.value();
    if (format === 'xapi' && !isHomePage(address)) {
      fail(tr('reports.homePageInvalid'));
      homePage.input.focus();
      return;
    }
    try {
      const chosen = scope.scope();
      const file = reportFile(await data, {
        scope: chosen,
        format,
        homePage: address,
        levelTitles: options.levelTitles,
        now: now(),
      });
      if (!file) return say(tr('reports.nothingToExport'));
      saveFile(file);
      const count = attemptsInScope(await data, chosen).length;
      say(tr('reports.exported', { file: file.name, count }));
    } catch (error) {
      fail(tr('reports.failed'), error instanceof Error ? error.message : String(error));
    }
  };

  const backup = async () => {
    try {
      const file = backupFile(await (await options.port()).exportAll(), now());
      saveFile(file);
      say(tr('reports.backupSaved', { file: file.name }));
    } catch (error) {
      fail(tr('reports.failed'), error instanceof Error ? error.message : String(error));
    }
  };
  const restore = async (file: File) => {
    try {
      const dump = parseDumpText(await file.text());
      const result = await (await options.port()).importAll(dump);
      say(
        tr('reports.restored', {
          added: result.added,
          skipped: result.skipped,
          players: result.profilesAdded,
        }),
      );
      refresh();
    } catch (error) {
      const invalid = error instanceof ScoresError && error.code === 'invalid-dump';
      const reason = error instanceof Error ? error.message : String(error);
      fail(tr(invalid ? 'reports.badFile' : 'reports.failed'), reason);
    }
  };
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file) void restore(file);
  });

  return h(
    'section',
    { class: 'card reports-card', attrs: { 'aria-labelledby': 'reports-title' } },
    h('h1', { id: 'reports-title' }, tr('reports.heading')),
    summary,
    h(
      'section',
      { attrs: { 'aria-labelledby': 'reports-export-title' } },
      h('h2', { id: 'reports-export-title' }, tr('reports.exportHeading')),
      scope.element,
      homePage.element,
      h(
        'div',
        { class: 'actions' },
        button(tr('reports.exportCsv'), () => void exportAs('csv'), { class: 'primary' }),
        button(tr('reports.exportJson'), () => void exportAs('json')),
        button(tr('reports.exportXapi'), () => void exportAs('xapi')),
      ),
    ),
    h(
      'section',
      { attrs: { 'aria-labelledby': 'reports-backup-title' } },
      h('h2', { id: 'reports-backup-title' }, tr('reports.backupHeading')),
      h('p', { class: 'hint' }, tr('reports.backupHint')),
      h(
        'div',
        { class: 'actions' },
        button(tr('reports.backup'), () => void backup()),
        button(tr('reports.restore'), () => fileInput.click()),
        fileInput,
      ),
    ),
    status,
    alert,
    h('div', { class: 'actions' }, button(tr('common.back'), options.back)),
  );
}
