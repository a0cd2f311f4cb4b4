/**
 * Turns a finished play (the level, the final simulation state and every event of the play)
 * into the `Attempt` the score store keeps. The UI calls this once the shift has ended, then
 * `port.recordAttempt(attempt)`.
 */
import { bestAchievableScore } from '../../core/best-score.ts';
import type { Level } from '../../core/level.ts';
import { starsFor } from '../../core/scoring.ts';
import type { SimEvent, SimState } from '../../core/types.ts';
import {
  AttemptSchema,
  type Attempt,
  type AttemptMode,
  type ChoiceRecord,
  type CustomerRecord,
  type MeterSample,
  type OutcomeCounts,
} from './model.ts';

/** Who played, how, and when (wall-clock). */
export interface RunInfo {
  /** A fresh UUID for this play (`crypto.randomUUID()`). */
  readonly id: string;
  readonly profileId: string;
  readonly mode: AttemptMode;
  readonly startedAt: Date;
  readonly finishedAt: Date;
  /** Defaults to `bestAchievableScore(level)`; pass it if already computed. */
  readonly maxScore?: number;
}

function countUp(tally: Record<string, number>, ids: readonly string[]): void {
  for (const id of ids) tally[id] = (tally[id] ?? 0) + 1;
}

/**
 * Builds the attempt. `events` must be every event of the play, in order (concatenate each
 * step batch). `durationSeconds` is the simulated shift time, so pauses do not count.
 * Throws (Zod) if the result is not a valid attempt, e.g. an id that is not a UUID.
 */
export function attemptFromRun(
  level: Level,
  finalState: SimState,
  events: readonly SimEvent[],
  run: RunInfo,
): Attempt {
  const profiles = new Map(level.customers.map((profile) => [profile.id, profile]));
  const choicesByVisit = new Map<string, ChoiceRecord[]>();
  const honoured: Record<string, number> = {};
  const broken: Record<string, number> = {};
  const meterTrace: MeterSample[] = [];

  for (const event of events) {
    if (event.type === 'customer_arrived') {
      const visitor = finalState.customers.find((customer) => customer.visitId === event.visitId);
      const profile = visitor === undefined ? undefined : profiles.get(visitor.profileId);
      if (profile !== undefined) {
        const { satisfaction, selfEsteem } = profile;
        meterTrace.push({ t: event.time, visitId: event.visitId, satisfaction, selfEsteem });
      }
    } else if (event.type === 'meter_changed') {
      const { satisfaction, selfEsteem } = event.after;
      meterTrace.push({ t: event.time, visitId: event.visitId, satisfaction, selfEsteem });
    } else if (event.type === 'choice_made') {
      const visitor = finalState.customers.find((customer) => customer.visitId === event.visitId);
      const dialogueId =
        visitor === undefined ? undefined : profiles.get(visitor.profileId)?.dialogue;
      const record: ChoiceRecord = {
        nodeId: event.nodeId,
        choiceId: event.choiceId,
        ...(dialogueId === undefined ? {} : { dialogueId }),
        honours: [...event.honours],
        breaks: [...event.breaks],
        t: event.time,
      };
      choicesByVisit.set(event.visitId, [...(choicesByVisit.get(event.visitId) ?? []), record]);
      countUp(honoured, event.honours);
      countUp(broken, event.breaks);
    } else if (
      event.type === 'distraction_resolved' ||
      event.type === 'promise_resolved' ||
      event.type === 'desk_opened'
    ) {
      // Preparation, distractions handled and promises kept or broken count in the principles too.
      countUp(honoured, event.honours);
      countUp(broken, event.breaks);
    }
  }

  const outcomes: OutcomeCounts = {
    delighted: 0,
    satisfied: 0,
    neutral: 0,
    upset: 0,
    walkedOut: 0,
  };
  const customers: CustomerRecord[] = [];
  for (const customer of finalState.customers) {
    if (customer.phase !== 'served' && customer.phase !== 'walked-out') continue;
    const outcome =
      customer.phase === 'walked-out' ? 'walked-out' : (customer.outcome ?? 'neutral');
    if (outcome === 'walked-out') outcomes.walkedOut += 1;
    else outcomes[outcome] += 1;
    customers.push({
      visitId: customer.visitId,
      name: profiles.get(customer.profileId)?.name ?? customer.profileId,
      outcome,
      points: customer.points,
      choices: choicesByVisit.get(customer.visitId) ?? [],
    });
  }

  const best = run.maxScore ?? bestAchievableScore(level);
  return AttemptSchema.parse({
    id: run.id,
    profileId: run.profileId,
    levelId: level.id,
    levelVersion: level.version,
    score: finalState.score,
    stars: starsFor(finalState.score, level.scoring.stars),
    // Never below the score itself, so the scaled score stays within 0-1.
    maxScore: Math.max(best, finalState.score, 1),
    mode: run.mode,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt.toISOString(),
    durationSeconds: finalState.time,
    outcomes,
    principles: { honoured, broken },
    customers,
    meterTrace,
  });
}
