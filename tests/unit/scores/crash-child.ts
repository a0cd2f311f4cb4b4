/**
 * Crash-test worker (run by crash.test.ts as `node crash-child.ts <folder>`): opens the score
 * store and records attempts in a loop until killed. Prints `ready` once open, then each
 * attempt's id only after `recordAttempt` resolved, i.e. after its transaction committed.
 */
import { createSqliteScoresPort } from '../../../electron/lib/scores/sqlite-port.ts';
import { openScoreStore } from '../../../electron/lib/scores/sqlite-store.ts';
import type { Attempt } from '../../../src/storage/scores/model.ts';

const directory = process.argv[2];
if (directory === undefined) throw new Error('usage: node crash-child.ts <folder>');

// A short backup interval, so that kills also land in the middle of backups.
const store = openScoreStore({ directory, backupIntervalMs: 40 });
const port = createSqliteScoresPort(store);
const existing = await port.listProfiles();
const profile = existing[0] ?? (await port.createProfile('Crash test'));
process.stdout.write('ready\n');

for (let n = 0; ; n += 1) {
  const started = new Date();
  const attempt: Attempt = {
    id: crypto.randomUUID(),
    profileId: profile.id,
    levelId: n % 2 === 0 ? 'first-shift' : 'second-shift',
    levelVersion: '1.0.0',
    score: n % 300,
    stars: n % 4,
    maxScore: 300,
    mode: 'challenge',
    startedAt: started.toISOString(),
    finishedAt: new Date(started.getTime() + 1000).toISOString(),
    durationSeconds: 1,
    outcomes: { delighted: 1, satisfied: 0, neutral: 0, upset: 0, walkedOut: 0 },
    principles: { honoured: { 'greet-fast': 1 }, broken: {} },
    customers: [
      {
        visitId: `v${n}`,
        name: 'Alma',
        outcome: 'delighted',
        points: n % 300,
        choices: [{ nodeId: 'hello', choiceId: 'warm', honours: ['greet-fast'], breaks: [] }],
      },
    ],
    meterTrace: [{ t: 0, satisfaction: 50, selfEsteem: 50 }],
  };
  await port.recordAttempt(attempt);
  // Pipes are written synchronously on Linux: once this returns, the parent can read it.
  process.stdout.write(`${attempt.id}\n`);
}
