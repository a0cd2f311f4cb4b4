/**
 * Validation throughput: level-file text through the full loader (parse, schema, semantic
 * checks), as MB/s on generated levels of a few sizes, plus the time to load every level the
 * game ships in `levels/`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadLevelFromText } from '../src/levels/load.ts';
import { generateLevel, levelToJson } from '../src/bench/level-generator.ts';
import { BENCH_SEED } from './heavy-level.ts';
import { median } from './stats.ts';

/** Throughput on one generated level. */
export interface SizedThroughput {
  readonly customers: number;
  readonly bytes: number;
  readonly megabytesPerSecond: number;
}

/** Everything the validation benchmark reports. */
export interface ValidationFigures {
  /** MB/s on the largest generated level. */
  readonly megabytesPerSecond: number;
  readonly sizes: readonly SizedThroughput[];
  /** Milliseconds to load every `levels/*.json` once (median of the batches). */
  readonly levelsFolderMs: number;
  readonly levelFiles: number;
}

/** How long and how often to measure. */
export interface ValidationBenchOptions {
  /** Customer counts of the generated levels, smallest first. */
  readonly customerCounts: readonly number[];
  readonly nodesPerDialogue: number;
  /** Minimum wall time of one measured batch, in milliseconds. */
  readonly batchMs: number;
  readonly batches: number;
  readonly levelsDir: string;
}

function loadOrThrow(text: string, fileName: string): void {
  const result = loadLevelFromText(text, fileName);
  if (!result.ok) {
    const first = result.problems.slice(0, 5).map((problem) => JSON.stringify(problem));
    throw new Error(`${fileName} does not load:\n${first.join('\n')}`);
  }
}

/** Milliseconds per load of `files`, as the median of batches each lasting at least `batchMs`. */
function timeLoads(
  files: readonly { readonly name: string; readonly text: string }[],
  options: ValidationBenchOptions,
): number {
  for (const file of files) loadOrThrow(file.text, file.name);
  const perPass: number[] = [];
  for (let batch = 0; batch < options.batches; batch += 1) {
    let passes = 0;
    const started = performance.now();
    let elapsed: number;
    do {
      for (const file of files) loadLevelFromText(file.text, file.name);
      passes += 1;
      elapsed = performance.now() - started;
    } while (elapsed < options.batchMs);
    perPass.push(elapsed / passes);
  }
  return median(perPass);
}

/** The shipped level files, by name. */
async function readLevels(dir: string): Promise<{ name: string; text: string }[]> {
  const names = (await readdir(dir)).filter(
    (name) => name.endsWith('.json') && name !== 'level.schema.json',
  );
  return Promise.all(
    names.sort().map(async (name) => ({ name, text: await readFile(join(dir, name), 'utf8') })),
  );
}

/** Runs the validation benchmark. */
export async function benchValidation(options: ValidationBenchOptions): Promise<ValidationFigures> {
  const sizes: SizedThroughput[] = [];
  for (const customers of options.customerCounts) {
    const level = generateLevel({
      seed: BENCH_SEED,
      customers,
      nodesPerDialogue: options.nodesPerDialogue,
      id: `bench-validate-${customers}`,
    });
    const text = levelToJson(level);
    const name = `bench-validate-${customers}.json`;
    const bytes = Buffer.byteLength(text, 'utf8');
    const ms = timeLoads([{ name, text }], options);
    sizes.push({ customers, bytes, megabytesPerSecond: bytes / 1e6 / (ms / 1000) });
  }
  const levels = await readLevels(options.levelsDir);
  const levelsFolderMs = levels.length === 0 ? 0 : timeLoads(levels, options);
  return {
    megabytesPerSecond: sizes.at(-1)?.megabytesPerSecond ?? Number.NaN,
    sizes,
    levelsFolderMs,
    levelFiles: levels.length,
  };
}
