/**
 * The debrief chart's data: the average satisfaction and self-esteem of every customer seen so
 * far, as step lines through the shift, and when each customer left and how.
 */
import type { MeterSample } from '../storage/scores/model.ts';
import type { ChartData, ChartDeparture, ChartPoint, CustomerDebrief } from './types.ts';

/** Rounds to one decimal so equal averages compare equal despite float noise. */
function tenth(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Step points from a meter trace. Each sample updates one customer's latest meters; the point
 * is the mean over every customer seen so far (those who left keep their final mood, so the
 * line tells how the shift is going overall). Samples at the same moment give one point.
 */
export function averageLine(trace: readonly MeterSample[], duration: number): ChartPoint[] {
  const latest = new Map<string, { satisfaction: number; selfEsteem: number }>();
  const points: ChartPoint[] = [];
  const ordered = trace
    .map((sample, index) => ({ sample, index }))
    .sort((a, b) => a.sample.t - b.sample.t || a.index - b.index);
  for (const { sample } of ordered) {
    latest.set(sample.visitId ?? '', sample);
    let satisfaction = 0;
    let selfEsteem = 0;
    for (const meters of latest.values()) {
      satisfaction += meters.satisfaction;
      selfEsteem += meters.selfEsteem;
    }
    const point = {
      t: sample.t,
      satisfaction: tenth(satisfaction / latest.size),
      selfEsteem: tenth(selfEsteem / latest.size),
    };
    if (points.at(-1)?.t === point.t) points.pop();
    points.push(point);
  }
  const last = points.at(-1);
  if (last !== undefined && last.t < duration) points.push({ ...last, t: duration });
  return points;
}

/** The chart's data for an attempt's trace and customers. */
export function chartData(
  trace: readonly MeterSample[],
  customers: readonly CustomerDebrief[],
  durationSeconds: number,
): ChartData {
  const departures: ChartDeparture[] = customers
    .filter((customer) => customer.leftAt !== null)
    .map((customer) => ({
      t: customer.leftAt ?? 0,
      visitId: customer.visitId,
      name: customer.name,
      outcome: customer.outcome,
    }))
    .sort((a, b) => a.t - b.t);
  const duration = Math.max(
    durationSeconds,
    ...trace.map((sample) => sample.t),
    ...departures.map((departure) => departure.t),
    1,
  );
  return { duration, points: averageLine(trace, duration), departures };
}
