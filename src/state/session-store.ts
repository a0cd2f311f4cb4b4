/**
 * The store of one played level: the simulation state, the fixed-step accumulator, the pause
 * flag and the player's queued intents. It only forwards to the core (`src/core`): every rule
 * lives there. Create one per play (`createSessionStore`); never share it between plays.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { advanceClock, runSteps } from '../core/fixed-step.ts';
import type { Level } from '../core/level.ts';
import { deskCustomer, waitingCustomers } from '../core/selectors.ts';
import { createSimulation } from '../core/simulation.ts';
import type { Intent, RememberedOutcome, SimEvent, SimState } from '../core/types.ts';

/** The latest answer the player gave, for the feedback panel. */
export interface ChoiceMade {
  readonly visitId: string;
  readonly nodeId: string;
  readonly choiceId: string;
  readonly honours: readonly string[];
  readonly breaks: readonly string[];
  /** Simulation time of the answer. */
  readonly time: number;
}

/** State and actions of one played level. */
export interface SessionState {
  readonly level: Level;
  readonly sim: SimState;
  /** Unsimulated time carried between frames (seconds, below one step). */
  readonly accumulator: number;
  readonly paused: boolean;
  /** Multiplier on frame time: 1 is real time (a trainer's demo or a test may speed it up). */
  readonly speed: number;
  /** Intents waiting for the next step, in the order given. */
  readonly pendingIntents: readonly Intent[];
  /** The events of the latest step batch that produced any. */
  readonly events: readonly SimEvent[];
  /** Increases with every new `events` batch, so a view handles each batch once. */
  readonly eventBatch: number;
  /** The latest answer, or `null` before the first one. */
  readonly lastChoice: ChoiceMade | null;
  /** Every answer of this play, oldest first (for the end-of-shift debrief). */
  readonly answers: readonly ChoiceMade[];
  /**
   * Every event of this play, oldest first (for the recorded attempt and its chart). One array
   * for the whole play, appended in place: copying it per step batch would cost O(n²) over a shift.
   */
  readonly history: readonly SimEvent[];

  /** Feeds one rendered frame's duration (seconds) into the fixed-step clock. */
  advance(frameSeconds: number): void;
  /** Queues a nod to the waiting customer with this visit id. */
  acknowledge(visitId: string): void;
  /** Nods to the longest-waiting customer who has not had a nod yet, if any. */
  acknowledgeNext(): void;
  /** Queues calling the front of the queue to the desk. */
  callNext(): void;
  /** Queues calling the backup colleague to open the second desk. */
  callBackup(): void;
  /** Queues attending to a distraction (by default the one going on longest). */
  attend(distractionId?: string): void;
  /** Queues keeping a promise (by default the oldest open one). */
  keepPromise(promiseId?: string): void;
  /** Queues a preparation task, before the desk opens. */
  prepare(taskId: string): void;
  /** Queues opening the desk, ending preparation. */
  openDesk(): void;
  /** Queues opening the card of the regular at the desk. */
  openCard(): void;
  /** Queues an answer by choice id. */
  choose(choiceId: string): void;
  /** Queues the n-th answer as shown (0-based, in `choiceOrder`); out of range does nothing. */
  chooseIndex(index: number): void;
  pause(): void;
  resume(): void;
  togglePause(): void;
}

/** A session store. */
export type SessionStore = StoreApi<SessionState>;

/** Options of a session. */
export interface SessionOptions {
  /** Time multiplier, default 1. */
  readonly speed?: number;
  /** How customers left earlier levels, by name (see `src/core/memory.ts`). */
  readonly memories?: Readonly<Record<string, RememberedOutcome>>;
}

/**
 * Creates the store for one play of `level`. Intents given while paused or after the shift
 * are dropped: a paused desk takes no actions. A second answer queued before the first one
 * reached the core is dropped too, so a double key press cannot skip a line of dialogue.
 */
export function createSessionStore(level: Level, options: SessionOptions = {}): SessionStore {
  const speed = options.speed !== undefined && options.speed > 0 ? options.speed : 1;

  const history: SimEvent[] = [];
  return createStore<SessionState>()((set, get) => {
    const queueIntent = (intent: Intent): void => {
      const { paused, sim, pendingIntents } = get();
      if (paused || sim.finished) return;
      if (intent.type === 'choose' && pendingIntents.some((p) => p.type === 'choose')) return;
      set({ pendingIntents: [...pendingIntents, intent] });
    };

    return {
      level,
      sim: createSimulation(level, { memories: options.memories ?? {} }),
      accumulator: 0,
      paused: false,
      speed,
      pendingIntents: [],
      events: [],
      eventBatch: 0,
      lastChoice: null,
      answers: [],
      history,

      advance(frameSeconds) {
        const state = get();
        if (state.paused || state.sim.finished) return;
        const clock = advanceClock(state.accumulator, frameSeconds * state.speed);
        if (clock.steps === 0) {
          set({ accumulator: clock.accumulator });
          return;
        }
        const result = runSteps(state.level, state.sim, state.pendingIntents, clock.steps);
        const base = { sim: result.state, accumulator: clock.accumulator, pendingIntents: [] };
        if (result.events.length === 0) {
          set(base);
          return;
        }
        const answers = choicesIn(result.events);
        history.push(...result.events);
        set({
          ...base,
          events: result.events,
          eventBatch: state.eventBatch + 1,
          lastChoice: answers.at(-1) ?? state.lastChoice,
          answers: answers.length > 0 ? [...state.answers, ...answers] : state.answers,
        });
      },

      acknowledge(visitId) {
        queueIntent({ type: 'acknowledge', visitId });
      },

      acknowledgeNext() {
        const { sim, pendingIntents } = get();
        const pendingNods = new Set(
          pendingIntents.flatMap((p) => (p.type === 'acknowledge' ? [p.visitId] : [])),
        );
        const longestWaiting = waitingCustomers(sim)
          .filter((c) => c.acknowledgedAt === null && !pendingNods.has(c.visitId))
          .sort((a, b) => a.arrivedAt - b.arrivedAt)[0];
        if (longestWaiting) queueIntent({ type: 'acknowledge', visitId: longestWaiting.visitId });
      },

      callNext() {
        queueIntent({ type: 'call-next' });
      },

      callBackup() {
        queueIntent({ type: 'call-backup' });
      },

      prepare(taskId) {
        queueIntent({ type: 'prepare', taskId });
      },

      openDesk() {
        queueIntent({ type: 'open-desk' });
      },

      openCard() {
        queueIntent({ type: 'open-card' });
      },

      keepPromise(promiseId) {
        const id = promiseId ?? get().sim.promises.find((p) => p.status === 'open')?.id;
        if (id !== undefined) queueIntent({ type: 'keep-promise', promiseId: id });
      },

      attend(distractionId) {
        const id = distractionId ?? get().sim.activeDistractions[0];
        if (id !== undefined) queueIntent({ type: 'attend', distractionId: id });
      },

      choose(choiceId) {
        queueIntent({ type: 'choose', choiceId });
      },

      chooseIndex(index) {
        const choiceId = deskCustomer(get().sim)?.choiceOrder[index];
        if (choiceId !== undefined) queueIntent({ type: 'choose', choiceId });
      },

      pause() {
        if (!get().paused) set({ paused: true });
      },

      resume() {
        // The accumulator restarts empty so the pause's wall time never leaks into the shift.
        if (get().paused) set({ paused: false, accumulator: 0 });
      },

      togglePause() {
        if (get().paused) get().resume();
        else get().pause();
      },
    };
  });
}

function choicesIn(events: readonly SimEvent[]): ChoiceMade[] {
  return events.flatMap((event) => {
    if (event.type !== 'choice_made') return [];
    const { visitId, nodeId, choiceId, honours, breaks, time } = event;
    return [{ visitId, nodeId, choiceId, honours, breaks, time }];
  });
}
