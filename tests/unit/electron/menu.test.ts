import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../electron/lib/menu.ts';

/** Every role in a template, submenus included. */
function roles(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role === undefined ? [] : [item.role]),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('buildMenuTemplate', () => {
  it('gives Linux and Windows just quit and fullscreen', () => {
    const template = buildMenuTemplate({
      platform: 'linux',
      appName: 'Front Desk',
      developerTools: false,
    });
    expect(roles(template).sort()).toEqual(['quit', 'togglefullscreen']);
  });

  it('adds reload and DevTools only for development', () => {
    const template = buildMenuTemplate({
      platform: 'win32',
      appName: 'Front Desk',
      developerTools: true,
    });
    expect(roles(template)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('keeps the standard macOS menus so shortcuts keep working', () => {
    const template = buildMenuTemplate({
      platform: 'darwin',
      appName: 'Front Desk',
      developerTools: false,
    });
    expect(template[0]?.label).toBe('Front Desk');
    expect(roles(template)).toEqual(expect.arrayContaining(['quit', 'editMenu', 'windowMenu']));
    expect(roles(template)).not.toContain('toggleDevTools');
  });

  it('offers level import and the levels folder on every platform, wired to the service', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const calls: string[] = [];
      const template = buildMenuTemplate({
        platform,
        appName: 'Front Desk',
        developerTools: false,
        levels: { importLevel: () => calls.push('import'), openFolder: () => calls.push('open') },
      });
      const file = template.find((item) => item.label === 'File');
      const items = Array.isArray(file?.submenu) ? file.submenu : [];
      const byLabel = (label: string) => items.find((item) => item.label === label);
      (byLabel('Import level…')?.click as () => void)();
      (byLabel('Open levels folder')?.click as () => void)();
      expect(calls).toEqual(['import', 'open']);
    }
  });
});
