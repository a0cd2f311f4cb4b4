import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..', '..', '..');

interface ReportedFigure {
  id: string;
  value: number;
  baseline?: number;
  ratio?: number;
}

// Proves the Node-side benchmark runs end to end; it asserts no timing, only that every figure
// is a real number. The browser parts are run by hand (`npm run bench -- --smoke`).
it('runs the Node benchmarks in smoke mode and reports every figure as a finite number', async () => {
  const outDir = await mkdtemp(join(tmpdir(), 'front-desk-bench-'));
  try {
    await run(
      process.execPath,
      [
        join(root, 'scripts', 'bench.ts'),
        '--smoke',
        '--only=simulation,validation,bundle',
        `--out-dir=${outDir}`,
      ],
      { cwd: root, timeout: 110_000 },
    );
    const report = JSON.parse(await readFile(join(outDir, 'latest.json'), 'utf8')) as {
      smoke: boolean;
      figures: ReportedFigure[];
      errors: string[];
    };
    expect(report.smoke).toBe(true);
    expect(report.errors).toEqual([]);
    const ids = report.figures.map((figure) => figure.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'simulation.realTimeFactor',
        'simulation.customersPerSecond',
        'simulation.crowded.realTimeFactor',
        'validation.10.megabytesPerSecond',
        'validation.levelsFolderMs',
      ]),
    );
    if (existsSync(join(root, 'dist'))) {
      expect(ids).toEqual(expect.arrayContaining(['bundle.appGzipKiB', 'bundle.overPhaserKiB']));
    }
    for (const figure of report.figures) {
      const numbers = [figure.value, figure.baseline, figure.ratio].filter((n) => n !== undefined);
      expect(
        numbers.every((n) => Number.isFinite(n)),
        figure.id,
      ).toBe(true);
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}, 120_000);
