import { expect, it } from 'vitest';
import { averageLine, chartData } from '../../../src/debrief/chart-data.ts';
import { buildDebrief } from '../../../src/debrief/build.ts';
import { debriefLevel, playedAttempt } from './fixtures.ts';

it('averages every customer seen so far and holds the last value to the end', () => {
  const points = averageLine(
    [
      { t: 1, visitId: 'a#0', satisfaction: 50, selfEsteem: 40 },
      { t: 2, visitId: 'b#1', satisfaction: 30, selfEsteem: 60 },
      { t: 5, visitId: 'a#0', satisfaction: 90, selfEsteem: 80 },
    ],
    10,
  );
  expect(points).toEqual([
    { t: 1, satisfaction: 50, selfEsteem: 40 },
    { t: 2, satisfaction: 40, selfEsteem: 50 },
    { t: 5, satisfaction: 60, selfEsteem: 70 },
    { t: 10, satisfaction: 60, selfEsteem: 70 },
  ]);
});

it('merges samples taken at the same moment into one point', () => {
  const points = averageLine(
    [
      { t: 3, visitId: 'a#0', satisfaction: 20, selfEsteem: 20 },
      { t: 3, visitId: 'a#0', satisfaction: 80, selfEsteem: 60 },
    ],
    3,
  );
  expect(points).toEqual([{ t: 3, satisfaction: 80, selfEsteem: 60 }]);
});

it('handles an empty trace', () => {
  const chart = chartData([], [], 0);
  expect(chart).toEqual({ duration: 1, points: [], departures: [] });
});

it('marks every customer who left, in time order, with their outcome', () => {
  const chart = buildDebrief(debriefLevel(), playedAttempt()).chart;
  expect(chart.departures.map((d) => [d.name, d.outcome])).toEqual([
    ['Cara', 'walked-out'],
    ['Anna', 'delighted'],
    ['Bob', 'upset'],
  ]);
  const last = chart.points.at(-1);
  expect(last?.t).toBe(chart.duration);
  // Anna ended at 80/80, Bob at 10/20 (ignored, then the rude answer), Cara left at 50/50.
  expect(last).toMatchObject({ satisfaction: 46.7, selfEsteem: 50 });
});
