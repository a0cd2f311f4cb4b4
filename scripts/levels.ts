/**
 * Level tools for authors and CI (`npm run levels -- <command>`; Node runs this file directly).
 *
 *   validate [paths...]  check level files (default: every levels/*.json; folders expand)
 *   schema               write levels/level.schema.json from the Zod schema
 *   schema --check       exit 1 when levels/level.schema.json is out of date
 *
 * Exit codes: 0 fine, 1 problems found (or a stale schema), 2 wrong usage.
 */
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { levelJsonSchema } from '../src/levels/json-schema.ts';
import { MAX_LEVEL_BYTES, loadLevelFromText, tooLargeMessage } from '../src/levels/load.ts';
import { countOf, formatProblem, summarize, type Problem } from '../src/levels/problem.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const levelsDir = path.join(repoRoot, 'levels');
const schemaFile = path.join(levelsDir, 'level.schema.json');

const USAGE = `Usage: npm run levels -- <command>
  validate [paths...]  check level files (default: every levels/*.json; folders expand)
  schema               write levels/level.schema.json
  schema --check       exit 1 if levels/level.schema.json is out of date`;

function displayName(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** A problem about the file as a whole, placed at its first character. */
function fileProblem(file: string, message: string): Problem {
  return { file: displayName(file), line: 1, column: 1, severity: 'error', message, path: '$' };
}

/** Level files in a folder: `*.json`, minus the schema itself. */
async function levelFilesIn(folder: string): Promise<string[]> {
  const names = await readdir(folder);
  return names
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .sort()
    .map((name) => path.join(folder, name));
}

async function expand(args: readonly string[]): Promise<{ files: string[]; problems: Problem[] }> {
  const files: string[] = [];
  const problems: Problem[] = [];
  for (const arg of args.length > 0 ? args : [levelsDir]) {
    const target = path.resolve(arg);
    try {
      if ((await stat(target)).isDirectory()) files.push(...(await levelFilesIn(target)));
      else files.push(target);
    } catch {
      problems.push(fileProblem(target, 'no such file or folder'));
    }
  }
  return { files, problems };
}

async function validateFile(file: string): Promise<Problem[]> {
  try {
    // Refuse a huge file before reading it into memory at all.
    if ((await stat(file)).size > MAX_LEVEL_BYTES) return [fileProblem(file, tooLargeMessage())];
    const text = await readFile(file, 'utf8');
    return loadLevelFromText(text, displayName(file)).problems;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return [
      fileProblem(file, `cannot read the file${typeof code === 'string' ? ` (${code})` : ''}`),
    ];
  }
}

async function validate(args: readonly string[]): Promise<number> {
  const { files, problems } = await expand(args);
  for (const file of files) problems.push(...(await validateFile(file)));
  for (const problem of problems) console.log(formatProblem(problem));
  const { errors, warnings } = summarize(problems);
  const counts = [
    countOf(files.length, 'file'),
    countOf(errors, 'error'),
    countOf(warnings, 'warning'),
  ];
  console.log(counts.join(', '));
  return errors > 0 ? 1 : 0;
}

/** The schema file's text, formatted the way the repository's Prettier setup wants it. */
async function schemaText(): Promise<string> {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(schemaFile)) ?? {};
  const json = JSON.stringify(levelJsonSchema(), null, 2);
  return prettier.format(json, { ...options, parser: 'json' });
}

async function schema(args: readonly string[]): Promise<number> {
  const text = await schemaText();
  const shown = displayName(schemaFile);
  if (args[0] === '--check') {
    const current = await readFile(schemaFile, 'utf8').catch(() => '');
    if (current === text) {
      console.log(`${shown} is up to date`);
      return 0;
    }
    console.log(`${shown} is out of date: run "npm run levels -- schema" and commit it`);
    return 1;
  }
  await writeFile(schemaFile, text);
  console.log(`wrote ${shown}`);
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === 'validate' && !args.some((arg) => arg.startsWith('-'))) return validate(args);
  if (command === 'schema' && (args.length === 0 || (args.length === 1 && args[0] === '--check'))) {
    return schema(args);
  }
  console.error(USAGE);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
