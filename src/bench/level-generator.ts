/**
 * Deterministic generator of large, valid levels for the benchmarks: the Node benchmarks run and
 * validate them, the browser stress mode puts their customers on screen. Pure (no DOM, no Node),
 * so the same code runs in both places and a seed always gives the same level.
 */
import {
  DEFAULT_RULES,
  LOCALES,
  type Choice,
  type CustomerProfile,
  type Dialogue,
  type DialogueNode,
  type Level,
  type LocalizedText,
  type Look,
} from '../core/level.ts';

/** What to generate. */
export interface GeneratedLevelOptions {
  readonly seed: number;
  /** Number of arrivals (customers on screen over the shift). */
  readonly customers: number;
  /**
   * Distinct profiles, reused round-robin by the arrivals (default: one per arrival, at most
   * the 50 a level file allows).
   */
  readonly profiles?: number;
  /** Distinct dialogues, shared round-robin by the customers (default: one per ten customers). */
  readonly dialogues?: number;
  /** Nodes per dialogue (default 12). */
  readonly nodesPerDialogue?: number;
  /** Choices per node, 2-4 (default 4). */
  readonly choicesPerNode?: number;
  /** Shift length in seconds (default 20 s per customer, 120 s to the 3600 s a file allows). */
  readonly shiftSeconds?: number;
  /** `spread`: arrivals over the first 90% of the shift; `all-at-start`: everyone at t = 0. */
  readonly arrivals?: 'spread' | 'all-at-start';
  /** Starting patience, 0-100 (default 80). */
  readonly patience?: number;
  /** Patience drain per second while waiting (default 0.5). */
  readonly drainPerSecond?: number;
  /** Level id (default `bench-<customers>`). */
  readonly id?: string;
}

const WORDS = (
  'desk queue wait moment help order parcel receipt refund account form address question ' +
  'answer today later quickly kindly sorry thanks please ticket number window card payment ' +
  'delivery return exchange manager colleague problem solution option second price time'
).split(' ');
const NAMES = ['Aiste', 'Marek', 'Liis', 'Tomas', 'Kasia', 'Jaan', 'Ruta', 'Piotr', 'Kadri', 'Ona'];
const HAIR_STYLES: readonly Look['hairStyle'][] = ['short', 'long', 'bun', 'bald', 'curly'];
const ACCESSORIES: readonly Look['accessory'][] = ['none', 'glasses', 'hat', 'scarf'];
/** Limits of the level file format (see src/levels/schema.ts). */
const MAX_PROFILES = 50;
const MAX_SHIFT_SECONDS = 3600;
const GOOD_PRINCIPLES = ['greet-fast', 'clarify-needs', 'empathy', 'paraphrase', 'thank'];
const BAD_PRINCIPLES = ['sin-autopilot', 'sin-dont-ask-me', 'sin-i-just-work-here'];

/** mulberry32 as a closure: generation is a one-off, so mutable state is simpler here. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t = (t + Math.imul(t ^ (t >>> 7), t | 61)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function sentence(random: () => number, words: number): string {
  const parts = Array.from({ length: words }, () => pick(random, WORDS));
  const text = parts.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The same generated sentence in every locale, tagged so translations differ like real ones do. */
function localized(random: () => number, words: number): LocalizedText {
  const base = sentence(random, words);
  return Object.fromEntries(LOCALES.map((locale) => [locale, `${base} (${locale})`]));
}

function colour(random: () => number): string {
  return `#${Math.floor(random() * 0x1000000)
    .toString(16)
    .padStart(6, '0')}`;
}

function choiceFor(
  random: () => number,
  nodeIndex: number,
  choiceIndex: number,
  nodeCount: number,
): Choice {
  const good = choiceIndex % 2 === 0;
  // Mostly step to the next node, sometimes skip one, so paths differ in length but always end.
  const step = choiceIndex === 3 ? 2 : 1;
  const nextIndex = nodeIndex + step;
  return {
    id: `n${nodeIndex}c${choiceIndex}`,
    text: localized(random, 8),
    effects: {
      satisfaction: good ? 4 : -3,
      selfEsteem: good ? 3 : -2,
      patience: good ? 2 : 0,
    },
    honours: good ? [pick(random, GOOD_PRINCIPLES)] : [],
    breaks: good ? [] : [pick(random, BAD_PRINCIPLES)],
    feedback: localized(random, 12),
    next: nextIndex < nodeCount ? `n${nextIndex}` : null,
  };
}

function dialogueFor(
  random: () => number,
  index: number,
  nodes: number,
  choices: number,
): Dialogue {
  const dialogueNodes: DialogueNode[] = Array.from({ length: nodes }, (_, nodeIndex) => ({
    id: `n${nodeIndex}`,
    line: localized(random, 14),
    choices: Array.from({ length: choices }, (_, choiceIndex) =>
      choiceFor(random, nodeIndex, choiceIndex, nodes),
    ),
  }));
  return { id: `d${index}`, start: 'n0', nodes: dialogueNodes };
}

function profileFor(
  random: () => number,
  index: number,
  dialogueId: string,
  options: GeneratedLevelOptions,
): CustomerProfile {
  return {
    id: `c${index}`,
    name: `${pick(random, NAMES)} ${index}`,
    look: {
      skin: colour(random),
      hair: colour(random),
      outfit: colour(random),
      hairStyle: pick(random, HAIR_STYLES),
      accessory: pick(random, ACCESSORIES),
    },
    patience: options.patience ?? 80,
    drainPerSecond: options.drainPerSecond ?? 0.5,
    address: random() < 0.5 ? 'formal' : 'informal',
    traits: ['calm'],
    satisfaction: 50,
    selfEsteem: 50,
    dialogue: dialogueId,
  };
}

/** A valid level with `customers` arrivals, built only from `options` (same options, same level). */
export function generateLevel(options: GeneratedLevelOptions): Level {
  const random = randomSource(options.seed);
  const customerCount = Math.max(1, Math.floor(options.customers));
  const profileCount = Math.max(1, Math.min(customerCount, options.profiles ?? MAX_PROFILES));
  const dialogueCount = Math.max(1, options.dialogues ?? Math.ceil(profileCount / 10));
  const nodes = Math.max(1, options.nodesPerDialogue ?? 12);
  const choices = Math.min(4, Math.max(2, options.choicesPerNode ?? 4));
  const shiftSeconds =
    options.shiftSeconds ?? Math.min(MAX_SHIFT_SECONDS, Math.max(120, customerCount * 20));
  const dialogues = Array.from({ length: dialogueCount }, (_, index) =>
    dialogueFor(random, index, nodes, choices),
  );
  const customers = Array.from({ length: profileCount }, (_, index) =>
    profileFor(random, index, `d${index % dialogueCount}`, options),
  );
  const arrivalWindow = shiftSeconds * 0.9;
  const arrivals = Array.from({ length: customerCount }, (_, index) => ({
    at:
      options.arrivals === 'all-at-start'
        ? 0
        : Math.round(((index + random() * 0.9) / customerCount) * arrivalWindow * 10) / 10,
    customer: `c${index % profileCount}`,
  }));
  const id = options.id ?? `bench-${customerCount}`;
  return {
    schemaVersion: 1,
    id,
    version: '1.0.0',
    title: localized(random, 3),
    description: localized(random, 10),
    objectives: [localized(random, 6)],
    locales: [...LOCALES],
    defaultLocale: 'en',
    sources: [{ file: '000_6bead14175b5c6f3.txt', title: 'Į klientą orientuoto aptarnavimo ABC' }],
    difficulty: 'hard',
    author: 'Front Desk benchmarks',
    shift: { durationSeconds: shiftSeconds, seed: options.seed >>> 0, arrivals },
    rules: DEFAULT_RULES,
    customers,
    dialogues,
    scoring: { stars: [10, 20, 30] },
  };
}

/** A level as the text of a level file, as authors would write it. */
export function levelToJson(level: Level): string {
  return `${JSON.stringify({ $schema: './level.schema.json', ...level }, null, 2)}\n`;
}
