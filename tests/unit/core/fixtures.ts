/**
 * Small hand-built levels for the core tests (independent of levels/*.json).
 * Every helper returns fresh objects, so tests can never leak state into each other.
 */
import type {
  Arrival,
  Choice,
  CustomerProfile,
  Dialogue,
  DialogueNode,
  Effects,
  Level,
  Rules,
} from '../../../src/core/level.ts';
import { DEFAULT_RULES } from '../../../src/core/level.ts';
import { createSimulation, step } from '../../../src/core/simulation.ts';
import type { Intent, SimEvent, SimState } from '../../../src/core/types.ts';

/** A choice with the given effects (missing meters default to 0). */
export function choice(id: string, effects: Partial<Effects>, next: string | null): Choice {
  return {
    id,
    text: { en: `Answer ${id}` },
    effects: { satisfaction: 0, selfEsteem: 0, patience: 0, ...effects },
    honours: [],
    breaks: [],
    feedback: { en: `Feedback for ${id}` },
    next,
  };
}

/** A dialogue node. */
export function node(id: string, choices: Choice[]): DialogueNode {
  return { id, line: { en: `Line ${id}` }, choices };
}

/** A dialogue starting at its first node unless told otherwise. */
export function dialogue(id: string, nodes: DialogueNode[], start?: string): Dialogue {
  return { id, start: start ?? nodes[0]?.id ?? 'missing', nodes };
}

/**
 * The default two-step conversation: `greet` (warm -> `close`, curt ends it) then `close`
 * (thank ends it, rush ends it badly).
 */
export function defaultDialogue(id = 'talk'): Dialogue {
  return dialogue(id, [
    node('greet', [
      choice('warm', { satisfaction: 20, selfEsteem: 20 }, 'close'),
      choice('curt', { satisfaction: -30, selfEsteem: -30 }, null),
    ]),
    node('close', [
      choice('thank', { satisfaction: 10, selfEsteem: 10 }, null),
      choice('rush', { satisfaction: -10 }, null),
    ]),
  ]);
}

/** A calm customer profile; override anything. */
export function profile(id: string, overrides: Partial<CustomerProfile> = {}): CustomerProfile {
  return {
    id,
    name: `Name ${id}`,
    look: {
      skin: '#aa8866',
      hair: '#332211',
      outfit: '#224466',
      hairStyle: 'short',
      accessory: 'none',
    },
    patience: 100,
    drainPerSecond: 1,
    address: 'formal',
    traits: ['calm'],
    satisfaction: 50,
    selfEsteem: 50,
    dialogue: 'talk',
    ...overrides,
  };
}

/** Parts of a level a test cares about; everything else gets a sensible default. */
export interface LevelSpec {
  readonly customers?: CustomerProfile[];
  readonly dialogues?: Dialogue[];
  readonly arrivals?: Arrival[];
  readonly rules?: Partial<Rules>;
  readonly seed?: number;
  readonly stars?: [number, number, number];
  readonly durationSeconds?: number;
}

/** A whole level: by default one customer `anna` arriving at 0 with the default dialogue. */
export function makeLevel(spec: LevelSpec = {}): Level {
  return {
    schemaVersion: 1,
    id: 'test-level',
    version: '1.0.0',
    title: { en: 'Test level' },
    description: { en: 'A level built by the core tests.' },
    objectives: [],
    locales: ['en'],
    defaultLocale: 'en',
    sources: [],
    difficulty: 'intro',
    author: 'tests',
    shift: {
      durationSeconds: spec.durationSeconds ?? 120,
      seed: spec.seed ?? 42,
      arrivals: spec.arrivals ?? [{ at: 0, customer: 'anna' }],
    },
    rules: { ...DEFAULT_RULES, ...spec.rules },
    customers: spec.customers ?? [profile('anna')],
    dialogues: spec.dialogues ?? [defaultDialogue()],
    scoring: { stars: spec.stars ?? [100, 200, 300] },
  };
}

/** A state plus every event seen while getting there. */
export interface Run {
  state: SimState;
  events: SimEvent[];
}

/** A fresh run at tick 0. */
export function begin(level: Level): Run {
  return { state: createSimulation(level), events: [] };
}

/** Steps once with `intents`, appending to the run. */
export function advance(level: Level, run: Run, intents: Intent[] = []): Run {
  const result = step(level, run.state, intents);
  return { state: result.state, events: [...run.events, ...result.events] };
}

/** Steps `ticks` times with no intents (stops early at the end of the shift). */
export function advanceBy(level: Level, run: Run, ticks: number): Run {
  let current = run;
  for (let i = 0; i < ticks && !current.state.finished; i += 1) current = advance(level, current);
  return current;
}

/** Steps until `done` holds (or throws after `limit` ticks, so a broken rule cannot hang a test). */
export function advanceUntil(
  level: Level,
  run: Run,
  done: (state: SimState, events: readonly SimEvent[]) => boolean,
  limit = 100_000,
): Run {
  let current = run;
  for (let i = 0; i < limit; i += 1) {
    if (done(current.state, current.events)) return current;
    current = advance(level, current);
  }
  throw new Error(`Condition not reached within ${limit} ticks.`);
}

/** Events of one type, narrowed. */
export function eventsOf<T extends SimEvent['type']>(
  events: readonly SimEvent[],
  type: T,
): Extract<SimEvent, { type: T }>[] {
  return events.filter((event): event is Extract<SimEvent, { type: T }> => event.type === type);
}

/** Recursively freezes a value so any mutation inside `step` throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
