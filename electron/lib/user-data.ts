/**
 * Where the shell keeps its data (settings and Chromium's own files).
 */
import path from 'node:path';

/** The folder name under the OS application-data directory. */
export const USER_DATA_FOLDER = 'Front Desk';

/** Inputs for `userDataPath`. */
export interface UserDataInput {
  /** `app.getPath('appData')`: `~/.config`, `%APPDATA%` or `~/Library/Application Support`. */
  readonly appData: string;
  readonly isPackaged: boolean;
  /** `FRONTDESK_USER_DATA`, which tests use to keep a throwaway profile. */
  readonly override: string | undefined;
}

/**
 * One fixed folder for development and every package, whatever the binary is called; unpackaged
 * runs may point it elsewhere so tests never touch the player's real settings. Packaged builds
 * ignore the override: an environment variable should not redirect a player's saves.
 */
export function userDataPath(input: UserDataInput): string {
  if (!input.isPackaged && input.override !== undefined && input.override !== '') {
    return path.resolve(input.override);
  }
  return path.join(input.appData, USER_DATA_FOLDER);
}
