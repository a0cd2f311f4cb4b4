/**
 * The debrief's data: everything the level-end debrief shows, computed from a level and a
 * recorded attempt without any DOM or language, so that it can be tested under Node and
 * rendered in any locale. Level strings stay `LocalizedText`; the view picks the language.
 */
import type { LocalizedText } from '../core/level.ts';
import type { SourceFile } from '../core/principles.ts';
import type { AttemptMode, OutcomeCounts, VisitOutcome } from '../storage/scores/model.ts';

/** Satisfaction and self-esteem change of one answer. */
export interface MeterDelta {
  readonly satisfaction: number;
  readonly selfEsteem: number;
}

/** One answer the player gave, with what the level says about it. */
export interface ChoiceDebrief {
  readonly nodeId: string;
  readonly choiceId: string;
  /** Seconds since the shift began, when recorded. */
  readonly t: number | null;
  /** The answer's text, or `null` when the level no longer has this answer. */
  readonly text: LocalizedText | null;
  /** Why the answer was good or bad (the feedback shown in training mode), or `null`. */
  readonly feedback: LocalizedText | null;
  /** The answer's effect on the meters, or `null` when unknown. */
  readonly delta: MeterDelta | null;
  readonly honours: readonly string[];
  readonly breaks: readonly string[];
  /** The answer that moved this customer's meters the most. */
  readonly mostConsequential: boolean;
  /** True when the answer broke at least one principle. */
  readonly brokePrinciple: boolean;
}

/** One customer's visit. */
export interface CustomerDebrief {
  readonly visitId: string;
  readonly name: string;
  readonly outcome: VisitOutcome;
  readonly points: number;
  /** When they joined the queue (seconds), or `null` if unknown. */
  readonly arrivedAt: number | null;
  /** When they left (seconds); a walk-out's time is estimated from their patience. */
  readonly leftAt: number | null;
  /** True when their meters show the penalty for waiting without a nod. */
  readonly feltIgnored: boolean;
  /** Answers to list: the key ones in training mode, every one in challenge mode. */
  readonly choices: readonly ChoiceDebrief[];
  /** How many answers the player gave this customer in total. */
  readonly choiceCount: number;
}

/** One principle that came up, with its counts and where it comes from. */
export interface PrincipleDebrief {
  readonly id: string;
  readonly honoured: number;
  readonly broken: number;
  /** The training document's file name, or `undefined` for an id the game does not know. */
  readonly sourceFile: SourceFile | undefined;
  /** The training document's title. */
  readonly sourceTitle: string | undefined;
}

/** A concrete piece of advice drawn from what went wrong, most costly first. */
export type Tip =
  | { readonly kind: 'walk-outs'; readonly names: readonly string[]; readonly cost: number }
  | {
      readonly kind: 'broken-principle';
      readonly principleId: string;
      readonly count: number;
      readonly names: readonly string[];
      readonly cost: number;
    }
  | { readonly kind: 'ignored'; readonly names: readonly string[]; readonly cost: number }
  | { readonly kind: 'upset'; readonly names: readonly string[]; readonly cost: number }
  | { readonly kind: 'aim-higher'; readonly cost: number }
  | { readonly kind: 'try-challenge'; readonly cost: number };

/** Something the player did well. */
export type Strength =
  | { readonly kind: 'delighted'; readonly names: readonly string[] }
  | { readonly kind: 'no-walk-outs'; readonly served: number }
  | { readonly kind: 'honoured-principle'; readonly principleId: string; readonly count: number }
  | { readonly kind: 'no-principle-broken' };

/** One point of a chart line: the average over every customer seen so far. */
export interface ChartPoint {
  readonly t: number;
  readonly satisfaction: number;
  readonly selfEsteem: number;
}

/** A customer leaving, for a marker on the chart. */
export interface ChartDeparture {
  readonly t: number;
  readonly visitId: string;
  readonly name: string;
  readonly outcome: VisitOutcome;
}

/** What the chart draws. Time runs from 0 to `duration` seconds; meters from 0 to 100. */
export interface ChartData {
  readonly duration: number;
  /** Step points, in time order; empty when nothing was recorded. */
  readonly points: readonly ChartPoint[];
  readonly departures: readonly ChartDeparture[];
}

/** The whole debrief of one attempt. */
export interface Debrief {
  readonly levelId: string;
  readonly mode: AttemptMode;
  readonly score: number;
  readonly maxScore: number;
  readonly stars: number;
  readonly durationSeconds: number;
  readonly outcomes: OutcomeCounts;
  /** In challenge mode feedback was hidden during play, so every answer is listed. */
  readonly listsEveryChoice: boolean;
  readonly customers: readonly CustomerDebrief[];
  /** Broken ones first (most broken first), then the most honoured. */
  readonly principles: readonly PrincipleDebrief[];
  /** Two or three tips, most costly failure first (fewer only if little went wrong). */
  readonly tips: readonly Tip[];
  /** Up to three things done well. */
  readonly strengths: readonly Strength[];
  readonly chart: ChartData;
}
