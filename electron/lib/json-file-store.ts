/**
 * A crash-safe store for small JSON documents (settings, progress) in the user-data directory.
 *
 * On disk a document is `{ "schemaVersion": n, "data": ... }` in `<name>.json`, with the previous
 * good generation kept as `<name>.json.bak`. Writes go to a temporary file in the same directory,
 * are fsynced, renamed over the target and the directory is fsynced, so a crash leaves either the
 * old or the new file, never half of one. Reads fall back to the backup, then to defaults; files
 * that cannot be used are renamed aside (`.corrupt-<time>`), never deleted.
 */
import { mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import type { ZodType } from 'zod';
import { serialized, writeFileAtomically } from './atomic-file.ts';

/** Describes one kind of document. */
export interface DocumentSpec<T> {
  /** File stem: lower-case letters, digits and dashes. */
  readonly name: string;
  /** The version `write` stamps; older files are migrated up to it on read. */
  readonly version: number;
  /** Validates the current version's data (and fills its defaults). */
  readonly schema: ZodType<T>;
  /** `migrations[n]` turns version-n data into version n+1 data. */
  readonly migrations?: Readonly<Record<number, (data: unknown) => unknown>>;
  /** What `read` returns when no stored generation is usable. */
  readonly defaults: () => T;
}

/** What `read` found and where it came from. */
export interface ReadResult<T> {
  readonly value: T;
  /** `backup` means the main file was missing or unusable and the previous generation was restored. */
  readonly source: 'main' | 'backup' | 'defaults';
  /** Why files were skipped, for the log. */
  readonly problems: readonly string[];
  /** Paths unusable files were moved to. */
  readonly quarantined: readonly string[];
}

/** One document on disk. */
export interface JsonFileStore<T> {
  readonly filePath: string;
  readonly backupPath: string;
  read(): Promise<ReadResult<T>>;
  /** Validates and persists `value`; rejects (writing nothing) if it fails the schema. */
  write(value: T): Promise<void>;
}

/** Options mainly for tests. */
export interface StoreOptions {
  /** Clock for quarantine names. */
  readonly now?: () => number;
}

type Candidate<T> =
  | { readonly kind: 'missing' }
  | { readonly kind: 'unusable'; readonly reason: string }
  | { readonly kind: 'ok'; readonly value: T; readonly text: string };

/** Whether an error is Node's "no such file". */
function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

/** Creates the store for `spec` inside `directory` (created on the first write if missing). */
export function createJsonFileStore<T>(
  directory: string,
  spec: DocumentSpec<T>,
  options: StoreOptions = {},
): JsonFileStore<T> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(spec.name)) throw new Error(`bad document name: ${spec.name}`);
  const filePath = path.join(path.resolve(directory), `${spec.name}.json`);
  const backupPath = `${filePath}.bak`;
  const now = options.now ?? Date.now;

  /** Reads and validates one generation, migrating older versions. */
  async function load(file: string): Promise<Candidate<T>> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if (isMissing(error)) return { kind: 'missing' };
      return { kind: 'unusable', reason: `cannot read: ${String(error)}` };
    }
    let envelope: unknown;
    try {
      envelope = JSON.parse(text);
    } catch {
      return { kind: 'unusable', reason: 'not valid JSON' };
    }
    if (typeof envelope !== 'object' || envelope === null || !('data' in envelope)) {
      return { kind: 'unusable', reason: 'no { schemaVersion, data } envelope' };
    }
    const version = 'schemaVersion' in envelope ? envelope.schemaVersion : undefined;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
      return { kind: 'unusable', reason: 'missing or bad schemaVersion' };
    }
    if (version > spec.version) {
      return { kind: 'unusable', reason: `written by a newer version (${version})` };
    }
    let data: unknown = envelope.data;
    for (let from = version; from < spec.version; from += 1) {
      const migrate = spec.migrations?.[from];
      if (migrate === undefined) return { kind: 'unusable', reason: `no migration from ${from}` };
      try {
        data = migrate(data);
      } catch (error) {
        return { kind: 'unusable', reason: `migration from ${from} failed: ${String(error)}` };
      }
    }
    const parsed = spec.schema.safeParse(data);
    if (!parsed.success) return { kind: 'unusable', reason: 'data fails the schema' };
    return { kind: 'ok', value: parsed.data, text };
  }

  /**
   * Moves an unusable file out of the way, keeping it for inspection. Returns where it went, or
   * `null` if it could not be moved (the caller carries on: losing the evidence beats not starting).
   */
  async function quarantine(file: string, problems: string[]): Promise<string | null> {
    const stamp = new Date(now()).toISOString().replace(/[:.]/g, '-');
    const aside = `${file}.corrupt-${stamp}`;
    try {
      await rename(file, aside);
      return aside;
    } catch (error) {
      problems.push(`${path.basename(file)}: could not be moved aside: ${String(error)}`);
      return null;
    }
  }

  /** Records an unusable generation and moves it aside. */
  async function setAside(
    file: string,
    reason: string,
    problems: string[],
    quarantined: string[],
  ): Promise<void> {
    problems.push(`${path.basename(file)}: ${reason}`);
    const aside = await quarantine(file, problems);
    if (aside !== null) quarantined.push(aside);
  }

  return {
    filePath,
    backupPath,
    read: () =>
      serialized(filePath, async () => {
        const main = await load(filePath);
        if (main.kind === 'ok') {
          return { value: main.value, source: 'main', problems: [], quarantined: [] };
        }
        const problems: string[] = [];
        const quarantined: string[] = [];
        if (main.kind === 'unusable') await setAside(filePath, main.reason, problems, quarantined);
        const backup = await load(backupPath);
        if (backup.kind === 'ok') {
          return { value: backup.value, source: 'backup', problems, quarantined };
        }
        if (backup.kind === 'unusable') {
          await setAside(backupPath, backup.reason, problems, quarantined);
        }
        return { value: spec.defaults(), source: 'defaults', problems, quarantined };
      }),
    write: (value) => {
      const parsed = spec.schema.safeParse(value);
      if (!parsed.success) return Promise.reject(new Error(`${spec.name}: value fails the schema`));
      const text = `${JSON.stringify({ schemaVersion: spec.version, data: parsed.data }, null, 2)}\n`;
      return serialized(filePath, async () => {
        await mkdir(path.dirname(filePath), { recursive: true });
        // Only a usable generation becomes the backup: a damaged main file must not
        // overwrite the last good copy (it is set aside instead).
        const current = await load(filePath);
        if (current.kind === 'ok') await writeFileAtomically(backupPath, current.text);
        if (current.kind === 'unusable') await quarantine(filePath, []);
        await writeFileAtomically(filePath, text);
      });
    },
  };
}
