/**
 * One score store connection for the reports screen, opened on first use. (When the game's
 * context offers its own `ScoresPort`, pass that to the reports panel instead.)
 */
import { createScoresPort } from '../../../storage/scores/desktop-port.ts';
import type { ScoresPort } from '../../../storage/scores/port.ts';

let shared: Promise<ScoresPort> | null = null;

/** The score store for this build (SQLite via the desktop bridge, else IndexedDB). */
export function sharedScoresPort(): Promise<ScoresPort> {
  shared ??= createScoresPort().catch((error: unknown) => {
    shared = null; // let the next call try again
    throw error;
  });
  return shared;
}
