/**
 * Turns each part's measurements into report rows, with the project's performance targets
 * (see docs/performance.md).
 */
import type { BundleFigures } from './bundle-bench.ts';
import type { FrameComparison } from './browser/frames.ts';
import type { MemoryFigures } from './browser/memory.ts';
import type { StartupFigures } from './browser/startup.ts';
import { figure, type Figure } from './report.ts';
import type { SimulationFigures } from './simulation-bench.ts';
import type { ValidationFigures } from './validation-bench.ts';

/** The targets, in one place. */
export const TARGETS = {
  realTimeFactor: 10_000,
  frameWorkP95Ratio: 1.5,
  frameWorkCustomers: 200,
  startupRatio: 1.3,
  bundleOverPhaserKiB: 120,
  heapRatio: 1.05,
} as const;

const KIB = 1024;
const MIB = 1024 * 1024;

/** Rows for the simulation, with the brief's instant player and with a crowded queue. */
export function simulationFigures(
  instant: SimulationFigures,
  crowded: SimulationFigures,
): Figure[] {
  return [
    figure({
      id: 'simulation.realTimeFactor',
      label: 'simulation speed (instant player)',
      unit: 'x real time',
      value: instant.realTimeFactor,
      target: { on: 'value', atLeast: TARGETS.realTimeFactor },
    }),
    figure({
      id: 'simulation.customersPerSecond',
      label: 'simulation customers/s (instant player)',
      unit: '/s',
      value: instant.customersPerSecond,
    }),
    figure({
      id: 'simulation.crowded.realTimeFactor',
      label: 'simulation speed (crowded queue)',
      unit: 'x real time',
      value: crowded.realTimeFactor,
    }),
    figure({
      id: 'simulation.crowded.customersPerSecond',
      label: 'simulation customers/s (crowded queue)',
      unit: '/s',
      value: crowded.customersPerSecond,
    }),
  ];
}

/** Rows for validation throughput per size and the shipped levels. */
export function validationFigures(validation: ValidationFigures): Figure[] {
  return [
    ...validation.sizes.map((size) =>
      figure({
        id: `validation.${size.customers}.megabytesPerSecond`,
        label: `validation, ${size.customers} customers (${(size.bytes / KIB).toFixed(0)} KiB)`,
        unit: 'MB/s',
        value: size.megabytesPerSecond,
      }),
    ),
    figure({
      id: 'validation.levelsFolderMs',
      label: `validation, all levels/*.json (${validation.levelFiles} files)`,
      unit: 'ms',
      value: validation.levelsFolderMs,
    }),
  ];
}

/** Rows for the bundle: app against Phaser, and the difference against its target. */
export function bundleFigures(bundle: BundleFigures): Figure[] {
  return [
    figure({
      id: 'bundle.appGzipKiB',
      label: `bundle gzip (${bundle.appFiles} JS files) vs Phaser`,
      unit: 'KiB',
      value: bundle.appGzipBytes / KIB,
      baseline: bundle.phaserGzipBytes / KIB,
    }),
    figure({
      id: 'bundle.overPhaserKiB',
      label: 'bundle gzip beyond Phaser',
      unit: 'KiB',
      value: bundle.overPhaserBytes / KIB,
      target: { on: 'value', atMost: TARGETS.bundleOverPhaserKiB },
    }),
  ];
}

/** Rows for frame work and frame gaps, game against the bare scene. */
export function frameFigures(comparisons: readonly FrameComparison[]): Figure[] {
  return comparisons.flatMap((comparison) => {
    const n = comparison.customers;
    const rows: Figure[] = [];
    for (const [kind, name] of [
      ['work', 'frame work'],
      ['gap', 'frame gap'],
    ] as const) {
      for (const stat of ['p50', 'p95', 'max'] as const) {
        const checked = kind === 'work' && stat === 'p95' && n === TARGETS.frameWorkCustomers;
        rows.push(
          figure({
            id: `frames.${n}.${kind}.${stat}`,
            label: `${name} ${stat}, ${n} customers`,
            unit: 'ms',
            value: comparison.game[kind][stat],
            baseline: comparison.baseline[kind][stat],
            ...(checked ? { target: { on: 'ratio', atMost: TARGETS.frameWorkP95Ratio } } : {}),
          }),
        );
      }
    }
    return rows;
  });
}

/** The start-up row, game against hello world. */
export function startupFigures(startup: StartupFigures): Figure[] {
  return [
    figure({
      id: 'startup.ms',
      label: `start-up to usable menu (${startup.gameDetectedBy})`,
      unit: 'ms',
      value: startup.gameMs,
      baseline: startup.helloMs,
      target: { on: 'ratio', atMost: TARGETS.startupRatio },
    }),
  ];
}

/** The heap row: after many restarts against after one. */
export function memoryFigures(memory: MemoryFigures): Figure[] {
  return [
    figure({
      id: 'memory.heapMiB',
      label: `JS heap after ${memory.restarts} restarts vs after 1`,
      unit: 'MiB',
      value: memory.afterManyRestartsBytes / MIB,
      baseline: memory.afterOneRestartBytes / MIB,
      target: { on: 'ratio', atMost: TARGETS.heapRatio },
    }),
    // No target of its own: it tells a leak (objects grow) from warm-up (only code grows).
    figure({
      id: 'memory.objectHeapMiB',
      label: 'heap snapshot without compiled code',
      unit: 'MiB',
      value: memory.afterManyRestartsObjectBytes / MIB,
      baseline: memory.afterOneRestartObjectBytes / MIB,
    }),
  ];
}
