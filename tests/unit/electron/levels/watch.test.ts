import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { watchFolder } from '../../../../electron/lib/levels/watch.ts';
import { tempDir } from '../../scores/temp-dir.ts';

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('reports a burst of changes (an editor saving through a temp file) once', async () => {
  const folder = tempDir();
  let reports = 0;
  const watch = watchFolder(folder, () => (reports += 1), { debounceMs: 150 });
  writeFileSync(join(folder, 'level.json.tmp'), '{}');
  renameSync(join(folder, 'level.json.tmp'), join(folder, 'level.json'));
  writeFileSync(join(folder, 'level.json'), '{"a":1}');
  // Poll rather than time: the report comes once the folder has been quiet.
  for (let i = 0; i < 50 && reports === 0; i += 1) await settle(50);
  await settle(400);
  expect(reports).toBe(1);
  unlinkSync(join(folder, 'level.json'));
  for (let i = 0; i < 50 && reports === 1; i += 1) await settle(50);
  expect(reports).toBe(2);
  watch.close();
});

it('reports nothing after being closed', async () => {
  const folder = tempDir();
  let reports = 0;
  const watch = watchFolder(folder, () => (reports += 1), { debounceMs: 20 });
  writeFileSync(join(folder, 'a.json'), '{}');
  watch.close();
  await settle(200);
  expect(reports).toBe(0);
});

it('survives a folder that cannot be watched, and says so', () => {
  const errors: unknown[] = [];
  const watch = watchFolder(join(tempDir(), 'missing'), () => undefined, {
    onError: (e) => errors.push(e),
  });
  expect(errors).toHaveLength(1);
  watch.close();
});
