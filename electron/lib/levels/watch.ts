/**
 * Watching the levels folder: any change (an editor saving, a file copied in, renamed or
 * deleted) is reported once per burst, after the folder has been quiet for a moment, so an
 * editor's save-via-temp-file-and-rename gives one reload, not three.
 */
import { watch, type FSWatcher } from 'node:fs';

/** Default quiet time before a burst of changes is reported. */
export const WATCH_DEBOUNCE_MS = 200;

/** A running watch; `close()` stops it and drops a pending report. */
export interface FolderWatch {
  close(): void;
}

/** Calls `onChange` after each burst of changes in `folder`. */
export function watchFolder(
  folder: string,
  onChange: () => void,
  options: { readonly debounceMs?: number; readonly onError?: (error: unknown) => void } = {},
): FolderWatch {
  const delay = options.debounceMs ?? WATCH_DEBOUNCE_MS;
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, delay);
  };
  try {
    watcher = watch(folder, { persistent: false }, schedule);
    watcher.on('error', (error) => options.onError?.(error));
  } catch (error) {
    // No watching (e.g. too many watchers): the game still lists the folder at start and on import.
    options.onError?.(error);
  }
  return {
    close() {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
