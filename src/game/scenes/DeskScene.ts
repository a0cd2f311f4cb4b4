/**
 * The service desk: the room, the customers, the HUD and the conversation. Each frame feeds the
 * elapsed time to the session store (the core steps in fixed increments) and redraws from its
 * state; keys and clicks become intents. No game rules live here.
 */
import * as Phaser from 'phaser';
import type { Level, Locale } from '../../core/level.ts';
import { currentNode, deskCustomer, profileOf } from '../../core/selectors.ts';
import type { SimEvent } from '../../core/types.ts';
import { translator, type Translate } from '../../i18n/index.ts';
import { levelResultOf } from '../../state/level-result.ts';
import { memoriesFor } from '../../state/memories.ts';
import { recordPlay } from '../../state/record-play.ts';
import type { FeedbackMode } from '../../storage/settings.ts';
import { createSessionStore, type SessionStore } from '../../state/session-store.ts';
import { SCENES, type GameContext } from '../context.ts';
import { announcementFor } from '../ui/announcements.ts';
import { BackupControl } from '../ui/backup-control.ts';
import { DistractionPanel } from '../ui/distraction-panel.ts';
import { PreparationPanel } from '../ui/preparation-panel.ts';
import { PromiseList, promisesOf } from '../ui/promise-list.ts';
import { DeskHud } from '../ui/desk-hud.ts';
import { DialoguePanel } from '../ui/dialogue-panel.ts';
import { h } from '../ui/dom.ts';
import { FeedbackCard } from '../ui/feedback-card.ts';
import { deskKeyOf, isTyping } from '../ui/keys.ts';
import { createLayer, listenKeys, onShutdown } from '../ui/layer.ts';
import { PauseOverlay } from '../ui/pause-overlay.ts';
import { CrowdView } from '../view/crowd-view.ts';
import { DeskMetersView } from '../view/desk-meters-view.ts';
import { addOffice } from '../view/office-view.ts';

/** Real seconds between the last customer leaving and the results. */
const END_DELAY_MS = 1600;

/** Scene data: which catalog entry to play. */
export interface DeskSceneData {
  readonly levelKey: string;
}

/** The playable desk. */
export class DeskScene extends Phaser.Scene {
  private readonly context: GameContext;
  private levelKey = '';
  private session: SessionStore | null = null;
  private crowd: CrowdView | null = null;
  private meters: DeskMetersView | null = null;
  private hud: DeskHud | null = null;
  private panel: DialoguePanel | null = null;
  private feedback: FeedbackCard | null = null;
  private pauseOverlay: PauseOverlay | null = null;
  private backup: BackupControl | null = null;
  private distractions: DistractionPanel | null = null;
  private promises: PromiseList | null = null;
  private preparation: PreparationPanel | null = null;
  private handledBatch = 0;
  /** UI strings in the language the play started in. */
  private tr: Translate = translator('en');
  private ending = false;
  private locale: Locale = 'en';
  /** Wall-clock start and feedback mode of this play, recorded with its score. */
  private startedAt = new Date();
  private mode: FeedbackMode = 'training';

  constructor(context: GameContext) {
    super({ key: SCENES.desk });
    this.context = context;
  }

  init(data: DeskSceneData): void {
    this.levelKey = data.levelKey;
    this.handledBatch = 0;
    this.ending = false;
  }

  create(): void {
    const { app, catalog, speed } = this.context;
    const level = catalog.byKey(this.levelKey)?.level;
    if (!level) {
      app.getState().show({ name: 'error', levelKey: this.levelKey });
      return;
    }
    const { locale, feedbackMode } = app.getState();
    this.locale = locale;
    this.startedAt = new Date();
    this.mode = feedbackMode;
    const tr = translator(locale);
    const { scores } = this.context;
    const { attempts, activeProfileId } = scores.getState();
    // Customers remember how the player treated them in earlier levels.
    const memories = memoriesFor(attempts, activeProfileId, level.id);
    const session = createSessionStore(level, { speed, memories });
    this.session = session;

    addOffice(this, locale);
    this.crowd = new CrowdView(this, level, (visitId) =>
      this.act(() => session.getState().acknowledge(visitId)),
    );
    this.meters = new DeskMetersView(this);

    const layer = createLayer(this, this.context, 'desk-layer');
    const main = h('div', { class: 'desk-main' });
    layer.append(main);
    this.hud = new DeskHud(main, {
      level,
      locale,
      tr,
      speed: session.getState().speed,
      onPause: () => this.togglePause(),
      onAcknowledge: (visitId) => this.act(() => session.getState().acknowledge(visitId)),
    });
    this.panel = new DialoguePanel(main, {
      level,
      locale,
      tr,
      onChoose: (index) => this.act(() => session.getState().chooseIndex(index), true),
      onCallNext: () => this.act(() => session.getState().callNext(), true),
      onOpenCard: () => this.act(() => session.getState().openCard()),
    });
    this.feedback = feedbackMode === 'training' ? new FeedbackCard(main, level, locale, tr) : null;
    this.distractions = level.distractions?.length
      ? new DistractionPanel(main, level, locale, tr, (id) =>
          this.act(() => session.getState().attend(id)),
        )
      : null;
    this.preparation = level.preparation
      ? new PreparationPanel(main, level, locale, tr, {
          task: (id) => this.act(() => session.getState().prepare(id)),
          open: () => this.act(() => session.getState().openDesk()),
        })
      : null;
    this.promises =
      promisesOf(level).size > 0
        ? new PromiseList(main, level, locale, tr, (id) =>
            this.act(() => session.getState().keepPromise(id)),
          )
        : null;
    this.backup = level.backup
      ? new BackupControl(main, level, tr, () => this.act(() => session.getState().callBackup()))
      : null;
    this.pauseOverlay = new PauseOverlay(
      layer,
      tr,
      () => this.togglePause(),
      () => app.getState().show({ name: 'menu' }),
      [main],
    );

    listenKeys(this, 'keydown', (event) => this.onKey(event));
    // Space on a focused button would also "click" it on key up; the desk owns Space.
    listenKeys(this, 'keyup', (event) => {
      if (event.code === 'Space' && !isTyping(event)) event.preventDefault();
    });
    onShutdown(this, () => {
      this.hud?.dispose();
      this.feedback?.dispose();
      this.session = null;
    });
    this.tr = tr;
    this.render(0);
  }

  override update(_time: number, delta: number): void {
    const session = this.session;
    if (!session) return;
    session.getState().advance(delta / 1000);
    this.render(delta / 1000);
  }

  private render(seconds: number): void {
    const session = this.session;
    if (!session) return;
    const state = session.getState();
    const { level } = state;
    const tr = this.tr;
    if (state.eventBatch !== this.handledBatch) {
      this.handledBatch = state.eventBatch;
      this.handleEvents(state.events, level, tr);
    }
    const paused = state.paused;
    if (!paused) this.crowd?.update(state.sim, seconds);
    this.meters?.update(deskCustomer(state.sim)?.meters ?? null);
    this.hud?.update(state.sim);
    this.backup?.update(state.sim);
    this.distractions?.update(state.sim);
    this.promises?.update(state.sim);
    this.preparation?.update(state.sim);
    this.panel?.update(state.sim, !(this.pauseOverlay?.isOpen ?? false));
    if (state.sim.finished && !this.ending) this.finish(level);
  }

  private handleEvents(events: readonly SimEvent[], level: Level, tr: Translate): void {
    this.crowd?.handleEvents(events);
    const session = this.session;
    for (const event of events) {
      if (event.type === 'choice_made') {
        this.showFeedback(level, event);
        continue;
      }
      const message =
        this.promiseAnnouncement(event, tr) ??
        announcementFor(event, level, session?.getState().sim, tr, this.locale);
      if (message) this.hud?.announce(message);
    }
  }

  private promiseAnnouncement(event: SimEvent, tr: Translate): string | null {
    if (!this.promises) return null;
    if (event.type === 'promise_made') {
      return tr('event.promiseMade', { text: this.promises.textOf(event.promiseId) });
    }
    if (event.type !== 'promise_resolved') return null;
    const text = this.promises.textOf(event.promiseId);
    return event.how === 'kept'
      ? tr('event.promiseKept', { text })
      : tr('event.promiseBroken', { text });
  }

  private showFeedback(level: Level, made: Extract<SimEvent, { type: 'choice_made' }>): void {
    const { nodeId, choiceId, visitId } = made;
    const session = this.session;
    const customer = session?.getState().sim.customers.find((c) => c.visitId === visitId);
    if (!this.feedback || !customer) return;
    const dialogueId = profileOf(level, customer.profileId).dialogue;
    const node = level.dialogues
      .find((d) => d.id === dialogueId)
      ?.nodes.find((n) => n.id === nodeId);
    const choice = node?.choices.find((c) => c.id === choiceId);
    if (choice) this.feedback.show(choice, made);
  }

  /** Runs a player action; answering or calling next also clears the last feedback. */
  private act(action: () => void, clearsFeedback = false): void {
    if (this.session?.getState().paused) return;
    if (clearsFeedback) this.feedback?.hide();
    action();
  }

  private onKey(event: KeyboardEvent): void {
    const session = this.session;
    if (!session || isTyping(event) || event.repeat) return;
    const key = deskKeyOf(event);
    if (!key) return;
    if (key.kind === 'pause') {
      event.preventDefault();
      this.togglePause();
      return;
    }
    if (session.getState().paused) return;
    event.preventDefault();
    const state = session.getState();
    if (!state.sim.preparation.open) {
      // Before the shift: number keys do the checklist's tasks, Space or N opens the desk.
      const task = key.kind === 'choose' ? state.level.preparation?.tasks[key.index] : undefined;
      if (task) this.act(() => state.prepare(task.id));
      else if (key.kind === 'call-next') this.act(() => state.openDesk());
      return;
    }
    if (key.kind === 'choose') {
      if (currentNode(state.level, state.sim)) this.act(() => state.chooseIndex(key.index), true);
    } else if (key.kind === 'call-next') this.act(() => state.callNext(), true);
    else if (key.kind === 'backup') this.act(() => state.callBackup());
    else if (key.kind === 'attend') this.act(() => state.attend());
    else if (key.kind === 'keep-promise') this.act(() => state.keepPromise());
    else if (key.kind === 'open-card') this.act(() => state.openCard());
    else this.act(() => state.acknowledgeNext());
  }

  private togglePause(): void {
    const session = this.session;
    if (!session || session.getState().sim.finished) return;
    session.getState().togglePause();
    if (session.getState().paused) this.pauseOverlay?.open();
    else this.pauseOverlay?.close();
  }

  private finish(level: Level): void {
    this.ending = true;
    const session = this.session;
    if (!session) return;
    const { sim, answers, history } = session.getState();
    const result = levelResultOf(level, sim, answers);
    const attempt = recordPlay(this.context.scores, level, sim, history, {
      mode: this.mode,
      startedAt: this.startedAt,
    });
    this.time.delayedCall(END_DELAY_MS, () => {
      this.context.app
        .getState()
        .show({ name: 'level-end', levelKey: this.levelKey, result, attempt });
    });
  }
}
