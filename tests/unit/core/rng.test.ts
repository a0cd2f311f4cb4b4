import { expect, it } from 'vitest';
import { nextInt, nextRandom, seedRng, shuffle } from '../../../src/core/rng.ts';

/** The published closure form of mulberry32, as the reference. */
function referenceMulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

it('matches the reference mulberry32 sequence', () => {
  for (const seed of [0, 1, 42, 123456789, 0xffffffff]) {
    const reference = referenceMulberry32(seed);
    let state = seedRng(seed);
    for (let i = 0; i < 50; i += 1) {
      const draw = nextRandom(state);
      expect(draw.value).toBe(reference());
      state = draw.state;
    }
  }
});

it('keeps the state a uint32 and values in [0, 1)', () => {
  let state = seedRng(-7);
  expect(state).toBe(4294967289);
  for (let i = 0; i < 1000; i += 1) {
    const draw = nextRandom(state);
    expect(draw.value).toBeGreaterThanOrEqual(0);
    expect(draw.value).toBeLessThan(1);
    expect(Number.isInteger(draw.state) && draw.state >= 0 && draw.state <= 0xffffffff).toBe(true);
    state = draw.state;
  }
});

it('is a pure function of the state', () => {
  expect(nextRandom(99)).toEqual(nextRandom(99));
  expect(nextRandom(99).value).not.toBe(nextRandom(100).value);
});

it('draws integers below the bound', () => {
  let state = 5;
  const seen = new Set<number>();
  for (let i = 0; i < 200; i += 1) {
    const draw = nextInt(state, 4);
    seen.add(draw.value);
    state = draw.state;
  }
  expect([...seen].sort()).toEqual([0, 1, 2, 3]);
});

it('shuffles into a permutation without touching the input', () => {
  const items = ['a', 'b', 'c', 'd', 'e'];
  const result = shuffle(items, 7);
  expect(items).toEqual(['a', 'b', 'c', 'd', 'e']);
  expect([...result.items].sort()).toEqual(items);
  expect(result.state).not.toBe(7);
});

it('shuffles the same way for the same state and threads the state onwards', () => {
  const items = [1, 2, 3, 4, 5, 6, 7, 8];
  const first = shuffle(items, 2024);
  expect(shuffle(items, 2024)).toEqual(first);
  const orders = new Set<string>();
  let state = 2024;
  for (let i = 0; i < 20; i += 1) {
    const next = shuffle(items, state);
    orders.add(next.items.join(','));
    state = next.state;
  }
  expect(orders.size).toBeGreaterThan(10);
});

it('consumes no randomness for zero or one item', () => {
  expect(shuffle([], 3)).toEqual({ items: [], state: 3 });
  expect(shuffle(['x'], 3)).toEqual({ items: ['x'], state: 3 });
});

it('produces every order of three items with roughly equal frequency', () => {
  const counts = new Map<string, number>();
  let state = seedRng(1);
  for (let i = 0; i < 6000; i += 1) {
    const result = shuffle(['a', 'b', 'c'], state);
    const key = result.items.join('');
    counts.set(key, (counts.get(key) ?? 0) + 1);
    state = result.state;
  }
  expect(counts.size).toBe(6);
  for (const count of counts.values()) expect(count).toBeGreaterThan(850);
});
