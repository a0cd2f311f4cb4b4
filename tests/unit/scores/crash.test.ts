import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { checkDatabaseFile } from '../../../electron/lib/scores/backup.ts';
import { createSqliteScoresPort } from '../../../electron/lib/scores/sqlite-port.ts';
import { openScoreStore } from '../../../electron/lib/scores/sqlite-store.ts';
import { tempDir } from './temp-dir.ts';

const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
const KILLS = 110;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Seeded delays (mulberry32), so a failing run's timings can be replayed roughly. */
function delays(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs the child and SIGKILLs it `delayMs` after it reported `ready` (or after it started,
 * when `beforeReady`, to hit opening, recovery and migration too). Returns the ids it reported.
 */
function runAndKill(directory: string, delayMs: number, beforeReady: boolean): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, directory], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    let timer: NodeJS.Timeout | undefined;
    const killLater = () => {
      timer ??= setTimeout(() => child.kill('SIGKILL'), delayMs);
    };
    if (beforeReady) killLater();
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      if (output.startsWith('ready\n')) killLater();
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') {
        reject(new Error(`child ended by itself (code ${code}): ${errors}`));
        return;
      }
      // Only whole lines count: a line cut by the kill was never fully reported.
      const lines = output.split('\n').slice(0, -1);
      resolve(lines.filter((line) => UUID.test(line)));
    });
  });
}

it('never loses a committed attempt nor damages the file when killed at random moments', async () => {
  const directory = tempDir();
  const random = delays(20250301);
  const reported = new Set<string>();

  for (let kill = 0; kill < KILLS; kill += 1) {
    const beforeReady = kill % 10 === 9;
    const delay = beforeReady ? 5 + random() * 60 : 20 + random() * 130;
    for (const id of await runAndKill(directory, delay, beforeReady)) reported.add(id);
    if (!existsSync(join(directory, 'scores.db'))) continue;

    const store = openScoreStore({ directory });
    try {
      expect(store.startupReport.status).toMatch(/^(ok|created)$/);
      store.read((db) => {
        expect(db.prepare('PRAGMA integrity_check').all()).toEqual([{ integrity_check: 'ok' }]);
      });
      const stored = new Set((await createSqliteScoresPort(store).listAttempts()).map((a) => a.id));
      const missing = [...reported].filter((id) => !stored.has(id));
      expect(missing, `after kill ${kill + 1}`).toEqual([]);
    } finally {
      store.close();
    }
  }
  // The test only means something if the kills interrupted real writing.
  expect(reported.size).toBeGreaterThan(KILLS);
  expect(checkDatabaseFile(join(directory, 'scores.db.bak'))).toBeNull();
}, 150_000);
