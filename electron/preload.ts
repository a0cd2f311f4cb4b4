/**
 * Preload script (sandboxed, bundled to `dist-electron/preload.cjs`): exposes the narrow
 * `window.frontDesk` API and nothing else. No Node or IPC objects reach the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createFrontDeskApi } from './lib/frontdesk-api.ts';

contextBridge.exposeInMainWorld(
  'frontDesk',
  createFrontDeskApi((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
);
