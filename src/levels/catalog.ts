/**
 * The game's list of levels: every `levels/*.json` built into the game (validated on load, so
 * an invalid file is listed with its problems instead of breaking the game), plus level files
 * the player opens from disk to try them out. In development, editing a level file updates the
 * catalog in place (see the hot-reload block at the bottom).
 */
import type { Level } from '../core/level.ts';
import { CAMPAIGN_ORDER } from './campaign.ts';
import { loadLevelFromText } from './load.ts';
import type { Problem } from './problem.ts';

export { CAMPAIGN_ORDER };

/** One level file and what its validation found. */
export interface CatalogEntry {
  /**
   * Unique key: the file name for built-in levels, `opened:<name>` for files opened from disk,
   * `user:<name>` for the desktop app's levels folder.
   */
  readonly key: string;
  /** The file name shown in problems (`levels/first-shift.json`). */
  readonly file: string;
  /** The level id when valid, else the file's name without `.json`. */
  readonly id: string;
  /** The playable level, or `null` when the file has errors. */
  readonly level: Level | null;
  /** Errors and warnings, with line and column. */
  readonly problems: readonly Problem[];
  readonly origin: 'built-in' | 'opened' | 'user';
}

/** A file of the desktop levels folder: its text, or why it could not be read. */
export type UserLevelText =
  | { readonly fileName: string; readonly text: string }
  | { readonly fileName: string; readonly unreadable: string };

/** Called when the list changes (a level file was edited or opened). */
export type CatalogListener = () => void;

interface CatalogData {
  builtIn: CatalogEntry[];
  user: CatalogEntry[];
  /** The text each levels-folder entry was validated from, by file name. */
  userTexts: Map<string, string>;
  opened: CatalogEntry[];
  readonly listeners: Set<CatalogListener>;
}

function stemOf(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1);
  return base.toLowerCase().endsWith('.json') ? base.slice(0, -5) : base;
}

/** Validates one level file's text into a catalog entry. */
export function entryFromText(
  text: string,
  file: string,
  origin: CatalogEntry['origin'],
): CatalogEntry {
  const result = loadLevelFromText(text, file);
  const key = origin === 'built-in' ? file : `${origin}:${file}`;
  return result.ok
    ? { key, file, id: result.level.id, level: result.level, problems: result.problems, origin }
    : { key, file, id: stemOf(file), level: null, problems: result.problems, origin };
}

/** Campaign levels first (in `CAMPAIGN_ORDER`), then the rest by file name. */
export function inCampaignOrder(entries: readonly CatalogEntry[]): CatalogEntry[] {
  const rank = (entry: CatalogEntry): number => {
    const index = CAMPAIGN_ORDER.indexOf(entry.id);
    return index < 0 ? CAMPAIGN_ORDER.length : index;
  };
  return [...entries].sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file));
}

/**
 * The built-in level files' text, by path. During development (and in tests) they are part of
 * the module graph as raw text, so saving a file hot-reloads it. A production build ships them
 * as separate `.json` files fetched at start-up: level content, however much of it there is,
 * then never weighs on the game's JavaScript.
 */
async function readBuiltInTexts(): Promise<[string, string][]> {
  if (import.meta.env.DEV) {
    // Vite reads these patterns at build time: they must be written out here, not in a constant.
    const files = import.meta.glob<string>(['/levels/*.json', '!/levels/*.schema.json'], {
      query: '?raw',
      import: 'default',
      eager: true,
    });
    return Object.entries(files);
  }
  const urls = import.meta.glob<string>(['/levels/*.json', '!/levels/*.schema.json'], {
    query: '?url',
    import: 'default',
    eager: true,
  });
  return Promise.all(
    Object.entries(urls).map(async ([path, url]): Promise<[string, string]> => {
      const response = await fetch(url);
      // A missing file is listed with the reason instead of stopping the game.
      return [path, response.ok ? await response.text() : `(HTTP ${response.status})`];
    }),
  );
}

/** Resolves when the main thread has a free moment (at once where there is no idle callback). */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(() => resolve(), { timeout: 500 });
    } else {
      setTimeout(resolve, 0);
    }
  });
}

async function readBuiltIns(): Promise<CatalogEntry[]> {
  const entries: CatalogEntry[] = [];
  for (const [path, text] of await readBuiltInTexts()) {
    // One file per idle moment: checking every level at once held the menu's first frame back
    // by about 60 ms of cold JavaScript. Raw text, not parsed JSON, so problems can point at a
    // line and column of the file.
    await whenIdle();
    entries.push(entryFromText(text, path.replace(/^\//, ''), 'built-in'));
  }
  return inCampaignOrder(entries);
}

// Kept in Vite's hot data during development so an edited file updates the same catalog that
// the running game already holds, instead of a copy nobody reads.
const data: CatalogData = (import.meta.hot?.data['catalog'] as CatalogData | undefined) ?? {
  builtIn: [],
  user: [],
  userTexts: new Map(),
  opened: [],
  listeners: new Set(),
};
/** Resolves once the built-in levels are read and validated. */
const builtInsRead = readBuiltIns().then((entries) => {
  data.builtIn = entries;
  notify();
});

/** The level catalog. */
export interface LevelCatalog {
  /** Resolves once the built-in levels are read (at once in development, fetched in a build). */
  readonly ready: Promise<void>;
  /** Built-in levels in campaign order, then the levels folder's, then opened files (newest last). */
  entries(): readonly CatalogEntry[];
  /** The entry with this key, if any. */
  byKey(key: string): CatalogEntry | undefined;
  /** A built-in level by its id (or, for a broken file, its file name without `.json`). */
  byId(id: string): CatalogEntry | undefined;
  /** The first playable level of the campaign, if any. */
  firstPlayable(): CatalogEntry | undefined;
  /** Validates a level file the player opened and lists it (replacing one of the same name). */
  registerLevelText(text: string, fileName: string): CatalogEntry;
  /** Replaces the desktop levels folder's entries (validating each file); unchanged files keep their entry. */
  setUserLevels(files: readonly UserLevelText[]): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: CatalogListener): () => void;
}

/** The catalog shared by the whole game. */
export const levelCatalog: LevelCatalog = {
  ready: builtInsRead,
  entries: () => [...data.builtIn, ...data.user, ...data.opened],
  byKey: (key) => levelCatalog.entries().find((entry) => entry.key === key),
  byId: (id) => data.builtIn.find((entry) => entry.id === id),
  firstPlayable: () => data.builtIn.find((entry) => entry.level !== null),
  registerLevelText(text, fileName) {
    const entry = entryFromText(text, fileName, 'opened');
    data.opened = [...data.opened.filter((e) => e.key !== entry.key), entry];
    notify();
    return entry;
  },
  setUserLevels(files) {
    const previous = new Map(data.user.map((entry) => [entry.file, entry]));
    const texts = new Map(data.userTexts);
    data.user = files.map((file) => {
      const known = previous.get(file.fileName);
      if ('unreadable' in file) return unreadableEntry(file.fileName, file.unreadable);
      // Validating is the costly part; a file whose text did not change keeps its entry.
      if (known && texts.get(file.fileName) === file.text) return known;
      texts.set(file.fileName, file.text);
      return entryFromText(file.text, file.fileName, 'user');
    });
    data.userTexts = new Map([...texts].filter(([name]) => files.some((f) => f.fileName === name)));
    notify();
  },
  subscribe(listener) {
    data.listeners.add(listener);
    return () => data.listeners.delete(listener);
  },
};

function unreadableEntry(file: string, message: string): CatalogEntry {
  const problem = { file, line: 1, column: 1, severity: 'error' as const, message, path: '$' };
  return {
    key: `user:${file}`,
    file,
    id: stemOf(file),
    level: null,
    problems: [problem],
    origin: 'user',
  };
}

function notify(): void {
  for (const listener of data.listeners) listener();
}

if (import.meta.hot) {
  import.meta.hot.data['catalog'] = data;
  // A changed, added or removed level file re-runs this module (which re-reads and re-validates
  // every file into `data`); accepting here keeps the page alive and tells the game.
  import.meta.hot.accept(() => notify());
}
