import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { userDataPath } from '../../../electron/lib/user-data.ts';

const appData = path.join(path.sep, 'home', 'ana', '.config');

describe('userDataPath', () => {
  it('uses a fixed "Front Desk" folder under the application-data directory', () => {
    expect(userDataPath({ appData, isPackaged: true, override: undefined })).toBe(
      path.join(appData, 'Front Desk'),
    );
  });

  it('lets unpackaged runs point elsewhere, but never a packaged build', () => {
    const throwaway = path.join(path.sep, 'tmp', 'profile');
    expect(userDataPath({ appData, isPackaged: false, override: throwaway })).toBe(throwaway);
    expect(userDataPath({ appData, isPackaged: true, override: throwaway })).toBe(
      path.join(appData, 'Front Desk'),
    );
    expect(userDataPath({ appData, isPackaged: false, override: '' })).toBe(
      path.join(appData, 'Front Desk'),
    );
  });
});
