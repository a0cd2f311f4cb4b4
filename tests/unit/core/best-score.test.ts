import { expect, it } from 'vitest';
import { bestAchievableScore, bestServedPoints } from '../../../src/core/best-score.ts';
import type { Level } from '../../../src/core/level.ts';
import { replay } from '../../../src/core/replay.ts';
import { nextInt, seedRng } from '../../../src/core/rng.ts';
import { clampMeter, servedPoints } from '../../../src/core/scoring.ts';
import { choice, dialogue, makeLevel, node, profile } from './fixtures.ts';

it('finds the best path of the default dialogue', () => {
  // warm then thank: 80/80, delighted: 160 + 50.
  const level = makeLevel();
  expect(bestServedPoints(level, 'anna')).toBe(210);
  expect(bestAchievableScore(level)).toBe(210);
});

it('terminates on a cycle and uses it when looping pays off', () => {
  const level = makeLevel({
    customers: [profile('anna', { satisfaction: 10, selfEsteem: 10 })],
    dialogues: [
      dialogue('talk', [
        node('ask', [
          choice('again', { satisfaction: 7, selfEsteem: 3 }, 'more'),
          choice('leave', {}, null),
        ]),
        node('more', [choice('back', { selfEsteem: 4 }, 'ask'), choice('stop', {}, null)]),
      ]),
    ],
  });
  // Looping climbs to 100/100 (clamped), so the best ending is 200 + 50.
  expect(bestServedPoints(level, 'anna')).toBe(250);
});

it('respects clamping after every choice, like the simulation', () => {
  const level = makeLevel({
    customers: [profile('anna', { satisfaction: 90, selfEsteem: 50 })],
    dialogues: [
      dialogue('talk', [
        node('a', [choice('boost', { satisfaction: 30 }, 'b')]),
        // Without clamping 120 - 30 = 90 would survive; clamped it is 100 - 30 = 70.
        node('b', [choice('dent', { satisfaction: -30 }, null)]),
      ]),
    ],
  });
  // 70 + 50 = 120 (mood 60: satisfied, +20).
  expect(bestServedPoints(level, 'anna')).toBe(140);
  const played = replay(level, [
    { tick: 1, intent: { type: 'call-next' } },
    { tick: 2, intent: { type: 'choose', choiceId: 'boost' } },
    { tick: 3, intent: { type: 'choose', choiceId: 'dent' } },
  ]);
  expect(played.state.score).toBe(140);
});

it('scores a dialogue with no reachable ending as a walk-out', () => {
  const level = makeLevel({
    customers: [profile('anna'), profile('ben', { dialogue: 'stuck' })],
    dialogues: [
      dialogue('talk', [node('a', [choice('end', { satisfaction: 30, selfEsteem: 30 }, null)])]),
      dialogue('stuck', [node('s', [choice('loop', { satisfaction: 1 }, 's')])]),
    ],
    arrivals: [
      { at: 0, customer: 'anna' },
      { at: 0, customer: 'ben' },
      { at: 5, customer: 'anna' },
    ],
    rules: { walkOutPenalty: 70 },
  });
  expect(bestServedPoints(level, 'ben')).toBeNull();
  // anna twice: 80/80 delighted = 210 each; ben -70.
  expect(bestAchievableScore(level)).toBe(210 * 2 - 70);
  expect(bestServedPoints(level, 'nobody')).toBeNull();
});

it('never reports a negative best score', () => {
  const level = makeLevel({
    customers: [profile('anna', { dialogue: 'stuck' })],
    dialogues: [dialogue('stuck', [node('s', [choice('loop', {}, 's')])])],
  });
  expect(bestAchievableScore(level)).toBe(0);
});

it('handles a 500-node chain with branches without deep recursion', () => {
  const nodes = Array.from({ length: 500 }, (_, i) => {
    const next = i === 499 ? null : `n${i + 1}`;
    return node(`n${i}`, [
      choice(`up${i}`, { satisfaction: i % 2 === 0 ? 1 : -1, selfEsteem: 1 }, next),
      choice(`down${i}`, { satisfaction: -1, selfEsteem: i % 3 === 0 ? 2 : -1 }, next),
      choice(`back${i}`, { satisfaction: 1 }, i > 0 ? `n${i - 1}` : null),
    ]);
  });
  const level = makeLevel({
    customers: [profile('anna', { satisfaction: 0, selfEsteem: 0 })],
    dialogues: [dialogue('talk', nodes)],
  });
  const best = bestServedPoints(level, 'anna');
  expect(best).toBe(250);
});

it('handles fractional effects on a cycle', () => {
  const level = makeLevel({
    customers: [profile('anna', { satisfaction: 50.5, selfEsteem: 50 })],
    dialogues: [
      dialogue('talk', [
        node('a', [choice('loop', { satisfaction: 12.25 }, 'a'), choice('end', {}, null)]),
      ]),
    ],
  });
  // Looping reaches 100 satisfaction: 150 points, mood 75 satisfied (+20).
  expect(bestServedPoints(level, 'anna')).toBe(170);
});

/** Exhaustive search over exact states, without pruning: the reference for random graphs. */
function exhaustiveBest(level: Level, profileId: string): number | null {
  const who = level.customers.find((candidate) => candidate.id === profileId);
  const talk = level.dialogues.find((candidate) => candidate.id === who?.dialogue);
  if (!who || !talk) return null;
  let best: number | null = null;
  const seen = new Set<string>();
  const queue: [string, number, number][] = [[talk.start, who.satisfaction, who.selfEsteem]];
  while (queue.length > 0) {
    const [id, sat, esteem] = queue.pop() as [string, number, number];
    const key = `${id}|${sat}|${esteem}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const option of talk.nodes.find((candidate) => candidate.id === id)?.choices ?? []) {
      const meters = {
        satisfaction: clampMeter(sat + option.effects.satisfaction),
        selfEsteem: clampMeter(esteem + option.effects.selfEsteem),
      };
      if (option.next === null) best = Math.max(best ?? -Infinity, servedPoints(meters));
      else queue.push([option.next, meters.satisfaction, meters.selfEsteem]);
    }
  }
  return best;
}

it('agrees with an exhaustive search on random graphs', () => {
  let rng = seedRng(7);
  const roll = (bound: number) => {
    const draw = nextInt(rng, bound);
    rng = draw.state;
    return draw.value;
  };
  for (let trial = 0; trial < 120; trial += 1) {
    const size = 1 + roll(6);
    const nodes = Array.from({ length: size }, (_, i) =>
      node(
        `n${i}`,
        Array.from({ length: 2 + roll(2) }, (_, c) =>
          choice(
            `c${c}`,
            { satisfaction: roll(81) - 40, selfEsteem: roll(81) - 40 },
            roll(4) === 0 ? null : `n${roll(size)}`,
          ),
        ),
      ),
    );
    const level = makeLevel({
      customers: [profile('anna', { satisfaction: roll(101), selfEsteem: roll(101) })],
      dialogues: [dialogue('talk', nodes)],
    });
    expect(bestServedPoints(level, 'anna')).toBe(exhaustiveBest(level, 'anna'));
  }
});
