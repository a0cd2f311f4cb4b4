/**
 * Small statistics for noisy timings: medians and percentiles rather than means, because one
 * descheduled run on a busy two-core machine would drag a mean far more than a median.
 */

/** Percentile (0-100) by nearest rank on a sorted copy; `NaN` for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((Math.min(100, Math.max(0, p)) / 100) * sorted.length);
  return sorted[Math.max(0, rank - 1)] as number;
}

/** The median (50th percentile by nearest rank). */
export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** p50, p95 and max of a sample set. */
export interface Distribution {
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly count: number;
}

/** Summarises samples as p50/p95/max. */
export function distribution(samples: readonly number[]): Distribution {
  return {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: samples.length === 0 ? Number.NaN : Math.max(...samples),
    count: samples.length,
  };
}

/** Runs `run` `warmups` times unmeasured, then `repeats` times, returning each measured result. */
export async function repeat<T>(
  warmups: number,
  repeats: number,
  run: () => T | Promise<T>,
): Promise<T[]> {
  for (let i = 0; i < warmups; i += 1) await run();
  const results: T[] = [];
  for (let i = 0; i < repeats; i += 1) results.push(await run());
  return results;
}
