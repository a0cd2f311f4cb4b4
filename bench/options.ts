/**
 * Command-line options of `npm run bench`, and the sizes and durations each mode uses.
 * Smoke mode (`--smoke` or `BENCH_SMOKE=1`) proves every part runs, in seconds, and measures
 * nothing worth reading.
 */
import { HEAVY_SIZE, SMOKE_SIZE, type HeavyLevelSize } from './heavy-level.ts';

/** The benchmark's parts, in the order they run. */
export const PARTS = ['simulation', 'validation', 'bundle', 'frames', 'startup', 'memory'] as const;
/** One part of the benchmark. */
export type Part = (typeof PARTS)[number];
/** Parts that need a browser. */
export const BROWSER_PARTS: readonly Part[] = ['frames', 'startup', 'memory'];

/** Everything a run needs to know. */
export interface BenchOptions {
  readonly smoke: boolean;
  readonly parts: ReadonlySet<Part>;
  /** Where `<timestamp>.json` and `latest.json` go. */
  readonly outDir: string;
  /** Rebuild the game (`vite build`) before measuring it. */
  readonly buildApp: boolean;
  readonly heavy: HeavyLevelSize;
  readonly simulation: { readonly warmups: number; readonly repeats: number };
  readonly validation: {
    readonly customerCounts: readonly number[];
    readonly nodesPerDialogue: number;
    readonly batchMs: number;
    readonly batches: number;
  };
  readonly frames: {
    readonly customerCounts: readonly number[];
    readonly durationMs: number;
    readonly settleMs: number;
  };
  readonly startupRepeats: number;
  readonly memory: {
    readonly customers: number;
    readonly restarts: number;
    readonly settleMs: number;
  };
}

function isPart(name: string): name is Part {
  return (PARTS as readonly string[]).includes(name);
}

function valueOf(args: readonly string[], name: string): string | undefined {
  const prefix = `--${name}=`;
  return args.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

/** Parses `args` (without node and script) and the environment into options. */
export function parseOptions(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  defaultOutDir: string,
): BenchOptions {
  const smoke = args.includes('--smoke') || env.BENCH_SMOKE === '1';
  const only = valueOf(args, 'only');
  const names = only === undefined ? [...PARTS] : only.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !isPart(name));
  if (unknown.length > 0) {
    throw new Error(`Unknown part(s): ${unknown.join(', ')}. Parts: ${PARTS.join(', ')}.`);
  }
  const buildApp = args.includes('--build') || (!smoke && !args.includes('--no-build'));
  return {
    smoke,
    parts: new Set(names.filter(isPart)),
    outDir: valueOf(args, 'out-dir') ?? defaultOutDir,
    buildApp,
    heavy: smoke ? SMOKE_SIZE : HEAVY_SIZE,
    simulation: smoke ? { warmups: 0, repeats: 1 } : { warmups: 3, repeats: 15 },
    validation: smoke
      ? { customerCounts: [5, 10], nodesPerDialogue: 4, batchMs: 5, batches: 1 }
      : { customerCounts: [10, 50, 200], nodesPerDialogue: 12, batchMs: 300, batches: 5 },
    frames: smoke
      ? { customerCounts: [10, 50, 200], durationMs: 500, settleMs: 200 }
      : { customerCounts: [10, 50, 200], durationMs: 10_000, settleMs: 3_000 },
    startupRepeats: smoke ? 1 : 7,
    memory: smoke
      ? { customers: 10, restarts: 3, settleMs: 100 }
      : { customers: 50, restarts: 20, settleMs: 500 },
  };
}
