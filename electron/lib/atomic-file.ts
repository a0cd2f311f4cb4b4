/**
 * Durable file replacement and per-file serialization, the two primitives the JSON store
 * is built on.
 */
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

/** Per-file operation chains, module-wide so two stores on one path still take turns. */
const queues = new Map<string, Promise<void>>();
let tempCounter = 0;

/** Runs `task` after every earlier task on `key` settled. */
export function serialized<R>(key: string, task: () => Promise<R>): Promise<R> {
  const run = (queues.get(key) ?? Promise.resolve()).then(task);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return run;
}

/** Flushes a directory entry change (the rename) to disk; a no-op where directories cannot be opened. */
export async function syncDirectory(directory: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Replaces `target` with `text` atomically: temp file, fsync, rename, directory fsync. */
export async function writeFileAtomically(target: string, text: string): Promise<void> {
  tempCounter += 1;
  const temp = `${target}.${process.pid}.${tempCounter}.tmp`;
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(path.dirname(target));
}
