import { expect, it } from 'vitest';
import { generateLevel, levelToJson } from '../../../src/bench/level-generator.ts';
import { loadLevelFromText } from '../../../src/levels/load.ts';

it('generates the same level from the same seed and a different one from another seed', () => {
  const options = { seed: 7, customers: 30, nodesPerDialogue: 5 };
  expect(levelToJson(generateLevel(options))).toBe(levelToJson(generateLevel(options)));
  expect(levelToJson(generateLevel({ ...options, seed: 8 }))).not.toBe(
    levelToJson(generateLevel(options)),
  );
});

it('generates a heavy level that the full validator accepts without a single problem', () => {
  const level = generateLevel({ seed: 1, customers: 200, nodesPerDialogue: 12, choicesPerNode: 4 });
  const result = loadLevelFromText(levelToJson(level), 'heavy.json');
  expect(result.problems).toEqual([]);
  expect(result.ok).toBe(true);
  expect(level.shift.arrivals).toHaveLength(200);
  // The file format allows at most 50 profiles, so arrivals share them.
  expect(level.customers).toHaveLength(50);
  expect(level.dialogues[0]?.nodes).toHaveLength(12);
  expect(level.dialogues[0]?.nodes[0]?.choices).toHaveLength(4);
});

it('spreads arrivals over the shift in time order, or puts everyone at the start', () => {
  const spread = generateLevel({ seed: 3, customers: 50 }).shift;
  const times = spread.arrivals.map((arrival) => arrival.at);
  expect(times).toEqual([...times].sort((a, b) => a - b));
  expect(times[0]).toBeLessThan(spread.durationSeconds * 0.1);
  expect(times.at(-1)).toBeGreaterThan(spread.durationSeconds * 0.8);
  expect(times.at(-1)).toBeLessThanOrEqual(spread.durationSeconds);

  const crowd = generateLevel({ seed: 3, customers: 50, arrivals: 'all-at-start' });
  expect(crowd.shift.arrivals.every((arrival) => arrival.at === 0)).toBe(true);
  expect(loadLevelFromText(levelToJson(crowd), 'crowd.json').ok).toBe(true);
});

it('keeps patience and drain as asked, for the stress mode that wants customers to stay', () => {
  const level = generateLevel({ seed: 5, customers: 4, patience: 100, drainPerSecond: 0.001 });
  expect(level.customers.every((c) => c.patience === 100 && c.drainPerSecond === 0.001)).toBe(true);
});
