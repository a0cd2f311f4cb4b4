/**
 * The application menu: only what a game window needs (quit, fullscreen, the standard macOS
 * app/edit/window menus), plus reload and DevTools in development.
 */
import type { MenuItemConstructorOptions } from 'electron';

/** What the menu depends on. */
export interface MenuInput {
  readonly platform: NodeJS.Platform;
  readonly appName: string;
  readonly developerTools: boolean;
}

/** The menu template for `Menu.buildFromTemplate`. */
export function buildMenuTemplate(input: MenuInput): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'togglefullscreen' },
      ...(input.developerTools
        ? ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as const)
        : []),
    ],
  };
  if (input.platform === 'darwin') {
    return [
      {
        label: input.appName,
        submenu: [
          { role: 'about' },
          { type: 'separator' },
          { role: 'hide' },
          { role: 'hideOthers' },
          { role: 'unhide' },
          { type: 'separator' },
          { role: 'quit' },
        ],
      },
      // Without an Edit menu macOS disables copy and paste shortcuts.
      { role: 'editMenu' },
      view,
      { role: 'windowMenu' },
    ];
  }
  return [{ label: 'File', submenu: [{ role: 'quit' }] }, view];
}
