/**
 * How meters become an outcome, a visit's points and a level's stars.
 * Shared by the simulation and by the level validator (best achievable score).
 */
import type { Meters, Outcome } from './types.ts';

/** Mood thresholds: the average of satisfaction and self-esteem needed for each outcome. */
export const OUTCOME_THRESHOLDS = { delighted: 80, satisfied: 60, neutral: 40 } as const;

/** Bonus points for how the customer left. */
export const OUTCOME_BONUS: Readonly<Record<Outcome, number>> = {
  delighted: 50,
  satisfied: 20,
  neutral: 0,
  upset: -20,
};

/** Clamps a meter value to 0-100. */
export function clampMeter(value: number): number {
  return value < 0 ? 0 : value > 100 ? 100 : value;
}

/** The outcome of a finished service, from the customer's meters. */
export function outcomeOf(meters: Pick<Meters, 'satisfaction' | 'selfEsteem'>): Outcome {
  const mood = (meters.satisfaction + meters.selfEsteem) / 2;
  if (mood >= OUTCOME_THRESHOLDS.delighted) return 'delighted';
  if (mood >= OUTCOME_THRESHOLDS.satisfied) return 'satisfied';
  if (mood >= OUTCOME_THRESHOLDS.neutral) return 'neutral';
  return 'upset';
}

/** Points for a customer who was served to the end of their dialogue. */
export function servedPoints(meters: Pick<Meters, 'satisfaction' | 'selfEsteem'>): number {
  return Math.round(meters.satisfaction + meters.selfEsteem) + OUTCOME_BONUS[outcomeOf(meters)];
}

/** Number of stars (0-3) a score earns against ascending thresholds. */
export function starsFor(score: number, thresholds: readonly [number, number, number]): number {
  return thresholds.filter((threshold) => score >= threshold).length;
}
