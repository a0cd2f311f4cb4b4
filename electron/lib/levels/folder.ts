/**
 * The user's levels folder (`<userData>/levels`): listing its level files for the game, and
 * importing a file a trainer picked. Imports are validated with the game's own loader first: a
 * file with errors is refused with its problems and nothing is written; a good one is copied
 * atomically under a safe name derived from its level id.
 */
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadLevelFromText, MAX_LEVEL_BYTES, tooLargeMessage } from '../../../src/levels/load.ts';
import { formatProblem } from '../../../src/levels/problem.ts';
import type { LevelImportResult, UserLevelFile } from '../../../src/storage/levels-api.ts';
import { serialized, writeFileAtomically } from '../atomic-file.ts';
import { isListedLevelFile, safeLevelFileName } from './file-names.ts';

/** The folder's name inside the user-data folder. */
export const LEVELS_FOLDER = 'levels';

/** `<userData>/levels`, created if missing. */
export async function ensureLevelsFolder(userData: string): Promise<string> {
  const folder = path.join(userData, LEVELS_FOLDER);
  await mkdir(folder, { recursive: true });
  return folder;
}

/** Every level file in the folder, by name; an oversize file is listed as unreadable, not read. */
export async function listLevelFiles(folder: string): Promise<UserLevelFile[]> {
  const names = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && isListedLevelFile(entry.name))
    .map((entry) => entry.name)
    .sort();
  const entries: UserLevelFile[] = [];
  for (const fileName of names) {
    const file = path.join(folder, fileName);
    try {
      // Checked before reading, so a huge file never reaches memory.
      if ((await stat(file)).size > MAX_LEVEL_BYTES) {
        entries.push({ fileName, unreadable: tooLargeMessage() });
      } else {
        entries.push({ fileName, text: await readFile(file, 'utf8') });
      }
    } catch (error) {
      // Deleted between listing and reading, or not readable: say so instead of failing all.
      entries.push({
        fileName,
        unreadable: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      });
    }
  }
  return entries;
}

/**
 * Validates `source` and copies it into `folder` as `<level id>.json`. A file already there
 * under that name (the same level, an older version) is replaced: a trainer re-importing a
 * level they edited expects the new version, and the game lists one level per id.
 */
export async function importLevelFile(source: string, folder: string): Promise<LevelImportResult> {
  const label = path.basename(source);
  let size: number;
  try {
    size = (await stat(source)).size;
  } catch {
    return { ok: false, problems: [`${label}: error: the file cannot be read`] };
  }
  if (size > MAX_LEVEL_BYTES)
    return { ok: false, problems: [`${label}: error: ${tooLargeMessage()}`] };
  const text = await readFile(source, 'utf8');
  const loaded = loadLevelFromText(text, label);
  if (!loaded.ok) {
    return { ok: false, problems: loaded.problems.map(formatProblem) };
  }
  const fileName = safeLevelFileName(loaded.level.id);
  const target = path.join(folder, fileName);
  return serialized(target, async () => {
    const replaced = await stat(target).then(
      () => true,
      () => false,
    );
    await writeFileAtomically(target, text);
    return { ok: true, fileName, levelId: loaded.level.id, replaced } as const;
  });
}
