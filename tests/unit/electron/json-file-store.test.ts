import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createJsonFileStore, type DocumentSpec } from '../../../electron/lib/json-file-store.ts';

/** Version 2 of a small test document; version 1 called `volume` `level`. */
const AudioSchema = z.strictObject({ volume: z.number().min(0).max(1), muted: z.boolean() });
type Audio = z.infer<typeof AudioSchema>;

const AUDIO_DOCUMENT: DocumentSpec<Audio> = {
  name: 'audio',
  version: 2,
  schema: AudioSchema,
  migrations: {
    1: (data) => {
      const old = data as { level: number; muted: boolean };
      return { volume: old.level, muted: old.muted };
    },
  },
  defaults: () => ({ volume: 0.8, muted: false }),
};

const FIXED_NOW = Date.UTC(2025, 0, 2, 3, 4, 5, 6);
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'frontdesk-store-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A fresh store on the temporary directory with a fixed clock. */
function store() {
  return createJsonFileStore(dir, AUDIO_DOCUMENT, { now: () => FIXED_NOW });
}

/** Writes raw text where the store keeps its main file or backup. */
async function plant(file: 'audio.json' | 'audio.json.bak', text: string): Promise<void> {
  await writeFile(path.join(dir, file), text);
}

describe('createJsonFileStore', () => {
  it('reads defaults when nothing was saved yet', async () => {
    const result = await store().read();
    expect(result).toEqual({
      value: { volume: 0.8, muted: false },
      source: 'defaults',
      problems: [],
      quarantined: [],
    });
  });

  it('round-trips a value through a versioned envelope', async () => {
    const audio = store();
    await audio.write({ volume: 0.25, muted: true });
    expect((await audio.read()).value).toEqual({ volume: 0.25, muted: true });
    const onDisk = JSON.parse(await readFile(audio.filePath, 'utf8')) as unknown;
    expect(onDisk).toEqual({ schemaVersion: 2, data: { volume: 0.25, muted: true } });
  });

  it('keeps the previous generation as the backup and leaves no temporary files', async () => {
    const audio = store();
    await audio.write({ volume: 0.1, muted: false });
    await audio.write({ volume: 0.2, muted: false });
    const backup = JSON.parse(await readFile(audio.backupPath, 'utf8')) as { data: Audio };
    expect(backup.data.volume).toBe(0.1);
    expect((await readdir(dir)).sort()).toEqual(['audio.json', 'audio.json.bak']);
  });

  it('refuses to write a value that fails the schema', async () => {
    const audio = store();
    await expect(audio.write({ volume: 7, muted: false })).rejects.toThrow(/fails the schema/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('falls back to the backup when the main file is corrupt, and sets the corrupt one aside', async () => {
    const audio = store();
    await audio.write({ volume: 0.3, muted: false });
    await audio.write({ volume: 0.4, muted: false });
    await plant('audio.json', '{"schemaVersion": 2, "data": {"volu');
    const result = await audio.read();
    expect(result.source).toBe('backup');
    expect(result.value).toEqual({ volume: 0.3, muted: false });
    expect(result.problems).toEqual(['audio.json: not valid JSON']);
    expect(result.quarantined).toEqual([
      path.join(dir, 'audio.json.corrupt-2025-01-02T03-04-05-006Z'),
    ]);
  });

  it('falls back to the backup when the main file fails the schema or is missing', async () => {
    await plant(
      'audio.json.bak',
      JSON.stringify({ schemaVersion: 2, data: { volume: 0.5, muted: true } }),
    );
    expect((await store().read()).source).toBe('backup');
    await plant(
      'audio.json',
      JSON.stringify({ schemaVersion: 2, data: { volume: 'loud', muted: 1 } }),
    );
    const result = await store().read();
    expect(result.source).toBe('backup');
    expect(result.value).toEqual({ volume: 0.5, muted: true });
  });

  it('gives defaults when both generations are garbage, keeping both files aside', async () => {
    await plant('audio.json', 'garbage');
    await plant('audio.json.bak', '\u0000\u0001');
    const result = await store().read();
    expect(result.source).toBe('defaults');
    expect(result.value).toEqual({ volume: 0.8, muted: false });
    const files = (await readdir(dir)).sort();
    expect(files).toEqual([
      'audio.json.bak.corrupt-2025-01-02T03-04-05-006Z',
      'audio.json.corrupt-2025-01-02T03-04-05-006Z',
    ]);
    const kept = await readFile(
      path.join(dir, 'audio.json.corrupt-2025-01-02T03-04-05-006Z'),
      'utf8',
    );
    expect(kept).toBe('garbage');
  });

  it('never lets a corrupt main file replace a good backup when saving', async () => {
    await plant('audio.json', 'garbage');
    await plant(
      'audio.json.bak',
      JSON.stringify({ schemaVersion: 2, data: { volume: 0.6, muted: false } }),
    );
    const audio = store();
    await audio.write({ volume: 0.9, muted: false });
    const backup = JSON.parse(await readFile(audio.backupPath, 'utf8')) as { data: Audio };
    expect(backup.data.volume).toBe(0.6);
    expect(await readdir(dir)).toContain('audio.json.corrupt-2025-01-02T03-04-05-006Z');
  });

  it('migrates a file written by an older version', async () => {
    await plant(
      'audio.json',
      JSON.stringify({ schemaVersion: 1, data: { level: 0.35, muted: true } }),
    );
    const result = await store().read();
    expect(result.source).toBe('main');
    expect(result.value).toEqual({ volume: 0.35, muted: true });
  });

  it('treats a file from a newer version as unusable rather than guessing', async () => {
    await plant(
      'audio.json',
      JSON.stringify({ schemaVersion: 3, data: { volume: 0.1, muted: false } }),
    );
    const result = await store().read();
    expect(result.source).toBe('defaults');
    expect(result.problems[0]).toMatch(/newer version \(3\)/);
  });

  it('serializes concurrent saves in call order', async () => {
    const first = store();
    const second = store();
    const volumes = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6];
    await Promise.all(
      volumes.map((volume, index) =>
        (index % 2 === 0 ? first : second).write({ volume, muted: false }),
      ),
    );
    expect((await first.read()).value.volume).toBe(0.6);
    // The backup is the generation before the last one only if every save saw its predecessor.
    const backup = JSON.parse(await readFile(first.backupPath, 'utf8')) as { data: Audio };
    expect(backup.data.volume).toBe(0.5);
    expect((await readdir(dir)).sort()).toEqual(['audio.json', 'audio.json.bak']);
  });

  it('creates its directory on the first write', async () => {
    const nested = createJsonFileStore(path.join(dir, 'a', 'b'), AUDIO_DOCUMENT);
    await nested.write({ volume: 0.7, muted: false });
    expect((await nested.read()).value.volume).toBe(0.7);
  });

  it('rejects document names that could escape the directory', () => {
    expect(() => createJsonFileStore(dir, { ...AUDIO_DOCUMENT, name: '../audio' })).toThrow();
  });
});
