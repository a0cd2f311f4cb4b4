/**
 * Safe file names for levels copied into the user's levels folder. Names come from level ids
 * (already restricted by the schema) or from whatever a trainer called a file, so they are
 * reduced to a portable set of characters that cannot climb out of the folder or hit a name
 * Windows reserves.
 */

/** Names Windows refuses as files, whatever the extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
/** Longest stem kept, well under every file system's limit. */
const MAX_STEM = 80;

/**
 * A safe `*.json` file name from `name` (a level id or an original file name): lower-case
 * letters, digits, `-` and `_` only; `fallback` when nothing usable is left.
 */
export function safeLevelFileName(name: string, fallback = 'level'): string {
  const base = name.replace(/\.json$/i, '');
  const stem = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, MAX_STEM);
  const usable = stem === '' ? fallback : stem;
  return `${WINDOWS_RESERVED.test(usable) ? `${usable}-level` : usable}.json`;
}

/** Whether `name` is a level file this folder lists: `*.json`, not hidden, not a temp file. */
export function isListedLevelFile(name: string): boolean {
  return /^[^.].*\.json$/i.test(name) && !name.endsWith('.schema.json');
}
