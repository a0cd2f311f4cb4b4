import { expect, it } from 'vitest';
import { figure, renderTable } from '../../../bench/report.ts';
import { distribution, median, percentile } from '../../../bench/stats.ts';

it('takes nearest-rank percentiles without reordering the input', () => {
  const samples = [5, 1, 4, 2, 3];
  expect(median(samples)).toBe(3);
  expect(percentile(samples, 95)).toBe(5);
  expect(percentile(samples, 0)).toBe(1);
  expect(samples).toEqual([5, 1, 4, 2, 3]);
  expect(Number.isNaN(median([]))).toBe(true);
  expect(distribution([1, 2, 3, 4, 100])).toEqual({ p50: 3, p95: 100, max: 100, count: 5 });
});

it('marks a figure against its target on the value or on the ratio to the baseline', () => {
  const slow = figure({
    id: 'a',
    label: 'a',
    unit: 'ms',
    value: 3,
    baseline: 2,
    target: { on: 'ratio', atMost: 1.3 },
  });
  expect(slow.ratio).toBe(1.5);
  expect(slow.pass).toBe(false);
  const fast = figure({
    id: 'b',
    label: 'b',
    unit: 'x',
    value: 12_000,
    target: { on: 'value', atLeast: 10_000 },
  });
  expect(fast.pass).toBe(true);
  expect(figure({ id: 'c', label: 'c', unit: 'ms', value: 1 }).pass).toBeUndefined();
  expect(
    figure({
      id: 'd',
      label: 'd',
      unit: 'ms',
      value: Number.NaN,
      target: { on: 'value', atMost: 1 },
    }).pass,
  ).toBe(false);
});

it('prints one aligned row per figure with its pass mark', () => {
  const table = renderTable([
    figure({
      id: 'a',
      label: 'start-up',
      unit: 'ms',
      value: 300,
      baseline: 250,
      target: { on: 'ratio', atMost: 1.3 },
    }),
  ]);
  const lines = table.split('\n');
  expect(lines).toHaveLength(3);
  expect(lines[2]).toContain('start-up');
  expect(lines[2]).toContain('1.20x');
  expect(lines[2]).toMatch(/PASS$/);
});
