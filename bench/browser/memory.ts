/**
 * Memory: the JS heap after one level restart and after twenty, each read after forced garbage
 * collection through the DevTools protocol (`performance.memory` is coarse and rate-limited).
 * A heap that keeps growing across restarts means something outlives its scene. Beside the
 * used heap, a heap snapshot gives the same heap without V8's compiled code: the code the JIT
 * adds as the game warms up is not something the game keeps alive, and telling the two apart
 * shows whether growth is a leak.
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import { assertNoPageErrors, openPage, waitForBenchReady } from './launch.ts';
import { stressUrl } from './frames.ts';

/** Heap sizes in bytes. */
export interface MemoryFigures {
  readonly customers: number;
  readonly afterOneRestartBytes: number;
  readonly afterManyRestartsBytes: number;
  /** The same heaps without compiled code (from heap snapshots). */
  readonly afterOneRestartObjectBytes: number;
  readonly afterManyRestartsObjectBytes: number;
  readonly restarts: number;
  /** After many / after one. */
  readonly ratio: number;
}

async function heapAfterGc(cdp: CDPSession, page: Page): Promise<number> {
  // Two passes, with a frame in between, so objects freed by finalizers are gone too.
  await cdp.send('HeapProfiler.collectGarbage');
  await page.waitForTimeout(100);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize;
}

/** Heap snapshot nodes of these types are V8's compiled code and its metadata. */
const CODE_NODE_TYPES = new Set(['code']);

interface HeapSnapshot {
  readonly snapshot: { readonly meta: { node_fields: string[]; node_types: [string[]] } };
  readonly nodes: number[];
}

/** Bytes of everything in a heap snapshot but compiled code. */
async function objectBytesInHeap(cdp: CDPSession): Promise<number> {
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    // Taking a snapshot collects garbage first.
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const snapshot = JSON.parse(chunks.join('')) as HeapSnapshot;
  const fields = snapshot.snapshot.meta.node_fields;
  const typeNames = snapshot.snapshot.meta.node_types[0];
  const typeField = fields.indexOf('type');
  const sizeField = fields.indexOf('self_size');
  let bytes = 0;
  for (let node = 0; node < snapshot.nodes.length; node += fields.length) {
    const type = typeNames[snapshot.nodes[node + typeField] ?? -1] ?? '';
    if (!CODE_NODE_TYPES.has(type)) bytes += snapshot.nodes[node + sizeField] ?? 0;
  }
  return bytes;
}

async function restartLevel(page: Page): Promise<void> {
  const restarted = await page.evaluate(async () => {
    const hooks = window.__frontDeskBench;
    if (!hooks?.restartLevel) return false;
    await hooks.restartLevel();
    return true;
  });
  if (!restarted) throw new Error('The page has no __frontDeskBench.restartLevel hook.');
}

/** Heap readings after one restart and after `restarts`, in one fresh page. */
async function readAcrossRestarts(
  browser: Browser,
  url: string,
  restarts: number,
  settleMs: number,
  read: (cdp: CDPSession, page: Page) => Promise<number>,
): Promise<[afterOne: number, afterMany: number]> {
  const { context, page, errors } = await openPage(browser);
  try {
    await page.goto(url);
    await waitForBenchReady(page);
    const cdp = await context.newCDPSession(page);
    await restartLevel(page);
    await page.waitForTimeout(settleMs);
    const afterOne = await read(cdp, page);
    for (let restart = 1; restart < restarts; restart += 1) {
      await restartLevel(page);
      await page.waitForTimeout(50);
    }
    await page.waitForTimeout(settleMs);
    const afterMany = await read(cdp, page);
    assertNoPageErrors(url, errors);
    return [afterOne, afterMany];
  } finally {
    await context.close();
  }
}

/**
 * Restarts the stress level `restarts` times, reading the heap after the first and the last;
 * then again in a fresh page with heap snapshots (a snapshot leaves its own traces in the heap,
 * so it never shares a page with the used-heap readings).
 */
export async function benchMemory(
  browser: Browser,
  origin: string,
  customers: number,
  restarts: number,
  settleMs: number,
): Promise<MemoryFigures> {
  const url = stressUrl(origin, customers);
  const [afterOneRestartBytes, afterManyRestartsBytes] = await readAcrossRestarts(
    browser,
    url,
    restarts,
    settleMs,
    heapAfterGc,
  );
  const [afterOneRestartObjectBytes, afterManyRestartsObjectBytes] = await readAcrossRestarts(
    browser,
    url,
    restarts,
    settleMs,
    (cdp) => objectBytesInHeap(cdp),
  );
  return {
    customers,
    afterOneRestartBytes,
    afterManyRestartsBytes,
    afterOneRestartObjectBytes,
    afterManyRestartsObjectBytes,
    restarts,
    ratio: afterManyRestartsBytes / afterOneRestartBytes,
  };
}
