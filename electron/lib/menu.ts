/**
 * The application menu: only what a game window needs (importing a level, opening the levels
 * folder, quit, fullscreen, the standard macOS app/edit/window menus), plus reload and DevTools
 * in development.
 */
import type { MenuItemConstructorOptions } from 'electron';

/** What the menu depends on. */
export interface MenuInput {
  readonly platform: NodeJS.Platform;
  readonly appName: string;
  readonly developerTools: boolean;
  /** "Open levels folder" and "Import level…"; absent until the levels service is ready. */
  readonly levels?: { readonly openFolder: () => void; readonly importLevel: () => void };
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
  const levelItems: MenuItemConstructorOptions[] = input.levels
    ? [
        { label: 'Import level…', accelerator: 'CmdOrCtrl+O', click: input.levels.importLevel },
        { label: 'Open levels folder', click: input.levels.openFolder },
      ]
    : [];
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
      ...(levelItems.length > 0 ? [{ label: 'File', submenu: levelItems }] : []),
      // Without an Edit menu macOS disables copy and paste shortcuts.
      { role: 'editMenu' },
      view,
      { role: 'windowMenu' },
    ];
  }
  const fileItems: MenuItemConstructorOptions[] =
    levelItems.length > 0 ? [...levelItems, { type: 'separator' }] : [];
  return [{ label: 'File', submenu: [...fileItems, { role: 'quit' }] }, view];
}
