/**
 * A fast-check arbitrary for valid levels, written out in full (every default explicit,
 * arrivals sorted), so loading one back must give the same data.
 *
 * Each dialogue is a chain whose first choice walks to the next node (the last node's choices
 * all end), so every node is reachable and every node can end; other choices may jump anywhere.
 */
import fc from 'fast-check';
import { bestAchievableScore } from '../../../src/core/best-score.ts';
import {
  DEFAULT_RULES,
  LOCALES,
  TRAITS,
  type Choice,
  type CustomerProfile,
  type Dialogue,
  type Level,
  type Locale,
  type LocalizedText,
} from '../../../src/core/level.ts';
import { PRINCIPLE_IDS, SOURCE_DOCUMENTS } from '../../../src/core/principles.ts';

const colour = fc
  .integer({ min: 0, max: 0xffffff })
  .map((value) => `#${value.toString(16).padStart(6, '0')}`);
const meter = fc.integer({ min: 0, max: 100 });
const effect = fc.integer({ min: -100, max: 100 });
const words = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 });

function localized(locales: readonly Locale[]): fc.Arbitrary<LocalizedText> {
  return fc.tuple(...locales.map(() => words)).map((texts) => {
    const text: Partial<Record<Locale, string>> = {};
    locales.forEach((locale, index) => (text[locale] = texts[index] ?? 'x'));
    return text;
  });
}

function choice(locales: readonly Locale[], id: string, next: fc.Arbitrary<string | null>) {
  return fc
    .record({
      text: localized(locales),
      feedback: localized(locales),
      effects: fc.record({ satisfaction: effect, selfEsteem: effect, patience: effect }),
      principles: fc.shuffledSubarray([...PRINCIPLE_IDS], { maxLength: 4 }),
      split: fc.nat({ max: 4 }),
      next,
      register: fc.constantFrom('formal', 'informal', undefined),
    })
    .map(({ principles, split, register, ...rest }): Choice => ({
      id,
      ...rest,
      // Most answers carry no marked form of address; the key is left out then, as in files.
      ...(register === undefined ? {} : { register }),
      honours: principles.slice(0, split),
      breaks: principles.slice(split),
    }));
}

function dialogue(locales: readonly Locale[], id: string): fc.Arbitrary<Dialogue> {
  return fc.integer({ min: 1, max: 4 }).chain((nodeCount) => {
    const nodeIds = Array.from({ length: nodeCount }, (_, index) => `n${index}`);
    const anyTarget = fc.constantFrom<string | null>(null, ...nodeIds);
    const nodes = nodeIds.map((nodeId, index) => {
      const onward = fc.constant(nodeIds[index + 1] ?? null);
      const isLast = index === nodeCount - 1;
      return fc
        .integer({ min: 2, max: 4 })
        .chain((choiceCount) =>
          fc
            .tuple(
              localized(locales),
              ...Array.from({ length: choiceCount }, (_, c) =>
                choice(locales, `c${c}`, c === 0 || isLast ? onward : anyTarget),
              ),
            )
            .map(([line, ...choices]) => ({ id: nodeId, line, choices })),
        );
    });
    return fc.tuple(...nodes).map((built) => ({ id, start: 'n0', nodes: built }));
  });
}

function customer(index: number): fc.Arbitrary<CustomerProfile> {
  return fc.record({
    id: fc.constant(`customer-${index}`),
    name: words,
    look: fc.record({
      skin: colour,
      hair: colour,
      outfit: colour,
      hairStyle: fc.constantFrom('short', 'long', 'bun', 'bald', 'curly'),
      accessory: fc.constantFrom('none', 'glasses', 'hat', 'scarf'),
    }),
    patience: meter,
    drainPerSecond: fc.integer({ min: 1, max: 500 }).map((tenths) => tenths / 10),
    address: fc.constantFrom('formal', 'informal'),
    traits: fc.subarray([...TRAITS]),
    satisfaction: meter,
    selfEsteem: meter,
    dialogue: fc.constant(`talk-${index}`),
  });
}

/** A valid level with every field written out; stars fit under the best achievable score. */
export const validLevel: fc.Arbitrary<Level> = fc
  .record({
    locales: fc.shuffledSubarray([...LOCALES], { minLength: 1 }),
    customerCount: fc.integer({ min: 1, max: 3 }),
    durationSeconds: fc.integer({ min: 10, max: 600 }),
  })
  .chain(({ locales, customerCount, durationSeconds }) =>
    fc.record({
      schemaVersion: fc.constant(1 as const),
      id: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/),
      version: fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)).map((parts) => parts.join('.')),
      title: localized(locales),
      description: localized(locales),
      objectives: fc.array(localized(locales), { minLength: 1, maxLength: 3 }),
      locales: fc.constant(locales),
      defaultLocale: fc.constantFrom(...locales),
      sources: fc
        .subarray(Object.entries(SOURCE_DOCUMENTS))
        .map((entries) => entries.map(([file, title]) => ({ file, title }))),
      difficulty: fc.constantFrom('intro', 'easy', 'medium', 'hard'),
      author: words,
      shift: fc.record({
        durationSeconds: fc.constant(durationSeconds),
        seed: fc.nat({ max: 0xffffffff }),
        arrivals: fc
          .array(fc.integer({ min: 0, max: durationSeconds }), {
            minLength: customerCount,
            maxLength: customerCount + 3,
          })
          .map((times) =>
            times
              .map((at, index) => ({ at, customer: `customer-${index % customerCount}` }))
              .sort((a, b) => a.at - b.at),
          ),
      }),
      rules: fc.constant(DEFAULT_RULES),
      customers: fc.tuple(...Array.from({ length: customerCount }, (_, index) => customer(index))),
      dialogues: fc.tuple(
        ...Array.from({ length: customerCount }, (_, index) => dialogue(locales, `talk-${index}`)),
      ),
      scoring: fc.constant({ stars: [0, 0, 0] as [number, number, number] }),
    }),
  )
  .map((level) => {
    const best = bestAchievableScore(level);
    return { ...level, scoring: { stars: [0, Math.floor(best / 2), best] } } as Level;
  })
  .filter((level) => level.scoring.stars[1] > 0);
