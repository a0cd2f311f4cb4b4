/**
 * Shared helpers for the level tests: a fresh copy of the minimal valid level and a way to find
 * where a snippet sits in a text (to assert positions without hard-coding them twice).
 */
import { readFileSync } from 'node:fs';

/** The minimal valid level fixture's text. */
export const validLevelText = readFileSync(
  new URL('../../fixtures/levels/valid-minimal.json', import.meta.url),
  'utf8',
);

/** A fresh, mutable copy of the minimal valid level as plain data. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into arbitrary fields
export function validLevelData(): any {
  return JSON.parse(validLevelText);
}

/** Pretty JSON, as an author would write it. */
export function toText(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** 1-based line and column of the first occurrence of `snippet` in `text`. */
export function positionOf(text: string, snippet: string): { line: number; column: number } {
  const offset = text.indexOf(snippet);
  if (offset < 0) throw new Error(`snippet not found: ${snippet}`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1) ?? '').length + 1 };
}
