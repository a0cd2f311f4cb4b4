/**
 * `npm run bench`: the game's performance beside bare baselines, as a table on stdout and JSON in
 * `bench/results/`. Options: `--smoke` (or BENCH_SMOKE=1) for a seconds-long proof run,
 * `--only=simulation,validation,bundle,frames,startup,memory`, `--no-build` / `--build`,
 * `--out-dir=<dir>`. See docs/performance.md.
 */
import { existsSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchFrames } from '../bench/browser/frames.ts';
import { launchBenchBrowser } from '../bench/browser/launch.ts';
import { benchMemory } from '../bench/browser/memory.ts';
import { benchStartup } from '../bench/browser/startup.ts';
import { BASELINE_DIST, buildApp, buildBaseline } from '../bench/build.ts';
import { benchBundle } from '../bench/bundle-bench.ts';
import * as rows from '../bench/figures.ts';
import { heavyLevel } from '../bench/heavy-level.ts';
import { BROWSER_PARTS, parseOptions, type BenchOptions } from '../bench/options.ts';
import { renderTable, writeReport, type Figure } from '../bench/report.ts';
import { benchSimulation } from '../bench/simulation-bench.ts';
import { startStaticServer } from '../bench/static-server.ts';
import { benchValidation } from '../bench/validation-bench.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const figures: Figure[] = [];
const details: Record<string, unknown> = {};
const errors: string[] = [];

/** Runs one part; a failure is reported and the other parts still run. */
async function part(name: string, run: () => Promise<void>): Promise<void> {
  const started = performance.now();
  process.stderr.write(`bench: ${name}...\n`);
  try {
    await run();
  } catch (error) {
    const message = `${name}: ${error instanceof Error ? error.message : String(error)}`;
    errors.push(message);
    process.stderr.write(`bench: FAILED ${message}\n`);
  }
  process.stderr.write(
    `bench: ${name} took ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

async function nodeParts(options: BenchOptions): Promise<void> {
  if (options.parts.has('simulation')) {
    await part('simulation', async () => {
      const level = heavyLevel(options.heavy);
      const instant = await benchSimulation(level, { ...options.simulation, thinkSteps: 0 });
      // A one-second reading pause per node keeps dozens of customers queuing at once.
      const crowded = await benchSimulation(level, { ...options.simulation, thinkSteps: 30 });
      details.simulation = { level: options.heavy, instant, crowded };
      figures.push(...rows.simulationFigures(instant, crowded));
    });
  }
  if (options.parts.has('validation')) {
    await part('validation', async () => {
      const validation = await benchValidation({
        ...options.validation,
        levelsDir: join(root, 'levels'),
      });
      details.validation = validation;
      figures.push(...rows.validationFigures(validation));
    });
  }
}

async function browserParts(options: BenchOptions): Promise<void> {
  buildBaseline(root);
  const server = await startStaticServer({
    '/app/': join(root, 'dist'),
    '/baseline/': join(root, BASELINE_DIST),
  });
  const browser = await launchBenchBrowser();
  details.browser = browser.version();
  try {
    if (options.parts.has('frames')) {
      await part('frames', async () => {
        const frames = await benchFrames(browser, { origin: server.origin, ...options.frames });
        details.frames = frames;
        figures.push(...rows.frameFigures(frames));
      });
    }
    if (options.parts.has('startup')) {
      await part('startup', async () => {
        const startup = await benchStartup(browser, server.origin, options.startupRepeats);
        details.startup = startup;
        figures.push(...rows.startupFigures(startup));
      });
    }
    if (options.parts.has('memory')) {
      await part('memory', async () => {
        const { customers, restarts, settleMs } = options.memory;
        const memory = await benchMemory(browser, server.origin, customers, restarts, settleMs);
        details.memory = memory;
        figures.push(...rows.memoryFigures(memory));
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2), process.env, join(root, 'bench', 'results'));
  const timestamp = new Date().toISOString();
  await nodeParts(options);
  const wantsBrowser = BROWSER_PARTS.some((name) => options.parts.has(name));
  const needsApp = options.parts.has('bundle') || wantsBrowser;
  if (needsApp && options.buildApp) await part('build', async () => buildApp(root));
  if (options.parts.has('bundle')) {
    await part('bundle', async () => {
      const bundle = await benchBundle(
        join(root, 'dist'),
        join(root, 'node_modules', 'phaser', 'dist', 'phaser.min.js'),
      );
      if (bundle === null) {
        process.stderr.write('bench: no dist/ build, bundle skipped\n');
        return;
      }
      details.bundle = bundle;
      figures.push(...rows.bundleFigures(bundle));
    });
  }
  if (wantsBrowser && !existsSync(join(root, 'dist'))) {
    errors.push('browser parts: no dist/ build (run without --no-build)');
  } else if (wantsBrowser) {
    await part('browser', () => browserParts(options));
  }
  const environment = {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
  };
  process.stdout.write(
    `\nFront Desk benchmark${options.smoke ? ' (smoke: figures meaningless)' : ''}\n`,
  );
  process.stdout.write(`${renderTable(figures)}\n`);
  const paths = await writeReport(options.outDir, {
    timestamp,
    smoke: options.smoke,
    environment,
    figures,
    details,
    errors,
  });
  process.stdout.write(`\nWrote ${paths.join(' and ')}\n`);
  for (const error of errors) process.stdout.write(`ERROR ${error}\n`);
  return errors.length === 0 ? 0 : 1;
}

process.exitCode = await main();
