/**
 * Bundle size: every JavaScript file of the web build, gzipped one by one at level 9 and summed,
 * against Phaser's own minified build gzipped the same way. The app bundles Phaser, so the
 * difference is what the game itself adds.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Sizes in bytes. */
export interface BundleFigures {
  readonly appGzipBytes: number;
  readonly appRawBytes: number;
  readonly appFiles: number;
  readonly phaserGzipBytes: number;
  /** App minus Phaser, gzip bytes. */
  readonly overPhaserBytes: number;
}

/** Gzip size at level 9, the setting the target is stated in. */
export function gzipBytes(content: Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

async function jsFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Measures `distDir` against `phaserMinPath`; `null` when there is no build to measure. */
export async function benchBundle(
  distDir: string,
  phaserMinPath: string,
): Promise<BundleFigures | null> {
  if (!existsSync(distDir)) return null;
  const files = await jsFilesUnder(distDir);
  if (files.length === 0) return null;
  let appGzipBytes = 0;
  let appRawBytes = 0;
  for (const file of files) {
    const content = await readFile(file);
    appRawBytes += content.length;
    appGzipBytes += gzipBytes(content);
  }
  const phaserGzipBytes = gzipBytes(await readFile(phaserMinPath));
  return {
    appGzipBytes,
    appRawBytes,
    appFiles: files.length,
    phaserGzipBytes,
    overPhaserBytes: appGzipBytes - phaserGzipBytes,
  };
}
