/**
 * The desktop app's levels folder, on the game's side: the file lists and import results the
 * main process sends are checked before use (the renderer trusts no shape it did not expect),
 * and the catalog follows the folder as it changes.
 */
import { z } from 'zod';
import type { LevelImportResult, LevelsApi } from '../storage/levels-api.ts';
import type { LevelCatalog, UserLevelText } from './catalog.ts';

const FileListSchema = z.array(
  z.union([
    z.strictObject({ fileName: z.string().min(1), text: z.string() }),
    z.strictObject({ fileName: z.string().min(1), unreadable: z.string() }),
  ]),
);

const ImportResultSchema = z.union([
  z.strictObject({
    ok: z.literal(true),
    fileName: z.string(),
    levelId: z.string(),
    replaced: z.boolean(),
  }),
  z.strictObject({ ok: z.literal(false), problems: z.array(z.string()) }),
  z.strictObject({ ok: z.literal(false), cancelled: z.literal(true) }),
]);

/** A file list from the main process, or `null` when it is not one. */
export function parseUserLevelFiles(data: unknown): UserLevelText[] | null {
  const parsed = FileListSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** An import answer from the main process; anything unexpected becomes a refusal. */
export function parseImportResult(data: unknown): LevelImportResult {
  const parsed = ImportResultSchema.safeParse(data);
  return parsed.success
    ? parsed.data
    : { ok: false, problems: ['the desktop app gave an unexpected answer'] };
}

/**
 * Lists the folder into the catalog now and after every change the main process reports.
 * Returns the unsubscribe function.
 */
export function followUserLevels(
  api: LevelsApi,
  catalog: LevelCatalog,
  warn: (message: string, detail?: unknown) => void = console.warn,
): () => void {
  const apply = (data: unknown) => {
    const files = parseUserLevelFiles(data);
    if (files) catalog.setUserLevels(files);
    else warn('Front Desk: ignored an unexpected levels-folder list', data);
  };
  api.list().then(apply, (error: unknown) => warn('Front Desk: levels folder not listed', error));
  return api.onChanged(apply);
}
