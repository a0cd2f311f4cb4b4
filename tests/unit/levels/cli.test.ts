/**
 * The level CLI, run the way `npm run levels` runs it: Node executing the TypeScript source.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

function levels(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['scripts/levels.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

it('prints each problem and a summary, and exits 1 when a file has errors', () => {
  const result = levels('validate', 'tests/fixtures/levels/bad-next.json');
  expect(result.stdout).toBe(
    'tests/fixtures/levels/bad-next.json:89:23: error: choice "ask-more" goes to node "clarify-2", which does not exist (did you mean "clarify"?) ($.dialogues[0].nodes[0].choices[1].next)\n' +
      '1 file, 1 error, 0 warnings\n',
  );
  expect(result.status).toBe(1);
});

it('exits 0 when there are only warnings, and counts every file given', () => {
  const result = levels(
    'validate',
    'tests/fixtures/levels/valid-minimal.json',
    'tests/fixtures/levels/unreachable-node.json',
  );
  expect(result.stdout).toBe(
    'tests/fixtures/levels/unreachable-node.json:94:17: warning: node "forgotten" can never be reached from the start node "hello" ($.dialogues[0].nodes[1].id)\n' +
      '2 files, 0 errors, 1 warning\n',
  );
  expect(result.status).toBe(0);
});

it('validates the shipped levels by default and skips the schema file', () => {
  const result = levels('validate');
  expect(result.stdout).toMatch(/^\d+ files?, 0 errors, \d+ warnings?\n$/m);
  expect(result.stdout).not.toContain('level.schema.json');
  expect(result.status).toBe(0);
});

it('reports a missing file as an error', () => {
  const result = levels('validate', 'tests/fixtures/levels/no-such-level.json');
  expect(result.stdout).toBe(
    'tests/fixtures/levels/no-such-level.json:1:1: error: no such file or folder ($)\n' +
      '0 files, 1 error, 0 warnings\n',
  );
  expect(result.status).toBe(1);
});

it('exits 2 with usage help for an unknown command', () => {
  const result = levels('frobnicate');
  expect(result.stderr).toContain('Usage: npm run levels -- <command>');
  expect(result.stdout).toBe('');
  expect(result.status).toBe(2);
});

it('confirms the committed schema is current', () => {
  const result = levels('schema', '--check');
  expect(result.stdout).toBe('levels/level.schema.json is up to date\n');
  expect(result.status).toBe(0);
});
