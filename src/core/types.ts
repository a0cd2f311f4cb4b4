/**
 * The simulation's public shapes: state, player intents and the event stream.
 * State is plain data (JSON-safe) so it can be snapshotted, compared and replayed.
 */
import type { Effects } from './level.ts';

/** Simulation step length in seconds; the game feeds the core in steps of exactly this. */
export const FIXED_DT = 1 / 30;

/** How a customer's visit ended. */
export type Outcome = 'delighted' | 'satisfied' | 'neutral' | 'upset';

/** Where a customer is. */
export type CustomerPhase = 'waiting' | 'at-desk' | 'served' | 'walked-out';

/** The three meters, each 0-100. */
export interface Meters {
  readonly satisfaction: number;
  readonly selfEsteem: number;
  readonly patience: number;
}

/** One customer who has arrived. */
export interface CustomerState {
  /** Unique per visit: the profile id plus the arrival index. */
  readonly visitId: string;
  readonly profileId: string;
  readonly phase: CustomerPhase;
  readonly meters: Meters;
  readonly arrivedAt: number;
  /** Time of the nod, or `null` while unacknowledged. */
  readonly acknowledgedAt: number | null;
  /** True once the customer has felt ignored (the penalty applies once). */
  readonly feltIgnored: boolean;
  /** A regular's card was opened at the desk (answers that recall their history are offered). */
  readonly cardOpened: boolean;
  /** Current dialogue node while at the desk. */
  readonly nodeId: string | null;
  /** Ids of the current node's choices, in the order shown to the player. */
  readonly choiceOrder: readonly string[];
  readonly outcome: Outcome | null;
  /** Points this visit earned (set when it ends). */
  readonly points: number;
  readonly leftAt: number | null;
}

/** The whole simulation. */
export interface SimState {
  readonly levelId: string;
  /** Steps taken so far. */
  readonly tick: number;
  /** Seconds since the shift began (`tick * FIXED_DT`, computed as `tick / 30` so whole seconds are exact). */
  readonly time: number;
  /** Seeded RNG state (mulberry32). */
  readonly rng: number;
  /** Index of the next arrival in the level's schedule (sorted by time). */
  readonly nextArrival: number;
  /** Every customer who has arrived, in arrival order. */
  readonly customers: readonly CustomerState[];
  /** Visit ids waiting in the queue, front first. */
  readonly queue: readonly string[];
  /** Visit id at the desk, or `null`. */
  readonly desk: string | null;
  readonly score: number;
  readonly finished: boolean;
  /** The colleague who can open a second desk (see `src/core/backup.ts`). */
  readonly backup: BackupState;
  /** Distractions (see `src/core/distractions.ts`): the next to start, and those going on. */
  readonly nextDistraction: number;
  readonly activeDistractions: readonly string[];
  /** Points not tied to a visit (a missed urgent call), added to the visits' points. */
  readonly adjustment: number;
  /** Promises made at the desk (see `src/core/promises.ts`), oldest first. */
  readonly promises: readonly PromiseState[];
  /** The phase before the desk opens (see `src/core/preparation.ts`). */
  readonly preparation: PreparationState;
  /** How customers left in earlier levels, by name (see `src/core/memory.ts`). */
  readonly memories: Readonly<Record<string, RememberedOutcome>>;
}

/** How a customer left last time, as they remember it. */
export type RememberedOutcome = Outcome | 'walked-out';

/** Getting ready before the desk opens. */
export interface PreparationState {
  /** True once the desk is open (at once in levels without preparation). */
  readonly open: boolean;
  /** Preparation seconds left. */
  readonly remaining: number;
  /** Tasks done, in order. */
  readonly done: readonly string[];
  /** Steps spent preparing: the shift's clock starts after them. */
  readonly ticks: number;
}

/** A promise the clerk made to a customer. */
export interface PromiseState {
  readonly id: string;
  readonly visitId: string;
  /** When it must be kept by. */
  readonly dueAt: number;
  readonly status: 'open' | 'kept' | 'broken';
}

/** The backup colleague: calls left, and while at the second desk, until when. */
export interface BackupState {
  readonly usesLeft: number;
  /** When the second desk closes again; `null` while it is closed. */
  readonly activeUntil: number | null;
  /** When the colleague takes the next customer from the queue; `null` while closed. */
  readonly nextServeAt: number | null;
}

/** What the player can do. Intents are applied at the start of the next step. */
export type Intent =
  | { readonly type: 'acknowledge'; readonly visitId: string }
  | { readonly type: 'call-next' }
  | { readonly type: 'choose'; readonly choiceId: string }
  | { readonly type: 'call-backup' }
  | { readonly type: 'attend'; readonly distractionId: string }
  | { readonly type: 'keep-promise'; readonly promiseId: string }
  | { readonly type: 'prepare'; readonly taskId: string }
  | { readonly type: 'open-desk' }
  | { readonly type: 'open-card' };

/** Something that happened; the view animates these and the debrief reads them. */
export type SimEvent =
  | { readonly type: 'customer_arrived'; readonly time: number; readonly visitId: string }
  | { readonly type: 'acknowledged'; readonly time: number; readonly visitId: string }
  | { readonly type: 'felt_ignored'; readonly time: number; readonly visitId: string }
  | { readonly type: 'walked_out'; readonly time: number; readonly visitId: string }
  | { readonly type: 'called_to_desk'; readonly time: number; readonly visitId: string }
  | {
      readonly type: 'node_entered';
      readonly time: number;
      readonly visitId: string;
      readonly nodeId: string;
    }
  | {
      readonly type: 'choice_made';
      readonly time: number;
      readonly visitId: string;
      readonly nodeId: string;
      readonly choiceId: string;
      readonly honours: readonly string[];
      readonly breaks: readonly string[];
    }
  | {
      readonly type: 'meter_changed';
      readonly time: number;
      readonly visitId: string;
      readonly before: Meters;
      readonly after: Meters;
      readonly delta: Effects;
    }
  | {
      readonly type: 'served';
      readonly time: number;
      readonly visitId: string;
      readonly outcome: Outcome;
      readonly points: number;
      /** Present when the backup colleague served them at the second desk. */
      readonly by?: 'colleague';
    }
  | { readonly type: 'backup_started'; readonly time: number; readonly until: number }
  | { readonly type: 'backup_ended'; readonly time: number }
  | { readonly type: 'distraction_started'; readonly time: number; readonly distractionId: string }
  | { readonly type: 'task_done'; readonly time: number; readonly taskId: string }
  | { readonly type: 'card_opened'; readonly time: number; readonly visitId: string }
  | {
      readonly type: 'desk_opened';
      readonly time: number;
      /** Principles of the tasks done (honoured) and skipped (broken). */
      readonly honours: readonly string[];
      readonly breaks: readonly string[];
      readonly skipped: readonly string[];
    }
  | {
      readonly type: 'promise_made';
      readonly time: number;
      readonly visitId: string;
      readonly promiseId: string;
      readonly dueAt: number;
    }
  | {
      readonly type: 'promise_resolved';
      readonly time: number;
      readonly visitId: string;
      readonly promiseId: string;
      readonly how: 'kept' | 'broken';
      readonly honours: readonly string[];
      readonly breaks: readonly string[];
    }
  | {
      readonly type: 'distraction_resolved';
      readonly time: number;
      readonly distractionId: string;
      /** Attended, let go by (ignored), or an urgent one missed. */
      readonly how: 'attended' | 'ignored' | 'missed';
      readonly honours: readonly string[];
      readonly breaks: readonly string[];
    }
  | {
      readonly type: 'intent_rejected';
      readonly time: number;
      /** Why, as one of `REJECT_REASONS` (see `src/core/reject-reasons.ts`). */
      readonly reason: string;
      /** The intent that was refused. */
      readonly intent?: Intent;
    }
  | {
      readonly type: 'shift_ended';
      readonly time: number;
      readonly score: number;
      readonly stars: number;
    };

/** The result of one step. */
export interface StepResult {
  readonly state: SimState;
  readonly events: readonly SimEvent[];
}
