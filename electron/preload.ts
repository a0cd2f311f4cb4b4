/**
 * Preload script (sandboxed, bundled to `dist-electron/preload.cjs`): exposes the narrow
 * `window.frontDesk` API and nothing else. No Node or IPC objects reach the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createFrontDeskApi } from './lib/frontdesk-api.ts';

contextBridge.exposeInMainWorld(
  'frontDesk',
  createFrontDeskApi(
    (channel, ...args) => ipcRenderer.invoke(channel, ...args),
    (channel, listener) => {
      // Only the payload crosses: the page never sees the IPC event object or the sender.
      const forward = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, forward);
      return () => ipcRenderer.removeListener(channel, forward);
    },
  ),
);
