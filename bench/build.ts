/**
 * Builds for the browser benchmarks: the game (`vite build` into `dist/`, exactly as
 * `npm run build:web` does) and the baseline pages (`bench/vite.config.ts`), each in a child
 * process so the build does not share a heap or JIT with the measurements.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Output folder of the baseline build (inside the git-ignored results folder). */
export const BASELINE_DIST = join('bench', 'results', 'baseline-dist');

function viteBuild(root: string, args: readonly string[], what: string): void {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status !== 0) {
    throw new Error(`Building ${what} failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/** Builds the game into `dist/`. */
export function buildApp(root: string): void {
  viteBuild(root, [], 'the game');
}

/** Builds the baseline pages into BASELINE_DIST. */
export function buildBaseline(root: string): void {
  viteBuild(root, ['--config', join('bench', 'vite.config.ts')], 'the baseline pages');
}
