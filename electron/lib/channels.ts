/**
 * IPC channel names shared by the main process and the preload script.
 * Prefixed so they cannot collide with channels Electron or a library might use.
 */
export const IPC_CHANNELS = {
  /** Renderer asks for the stored settings; answers `IpcResult<Settings>`. */
  settingsLoad: 'frontdesk:settings:load',
  /** Renderer hands over settings to persist; answers `IpcResult<undefined>`. */
  settingsSave: 'frontdesk:settings:save',
  /** Renderer asks the app to quit; answers `IpcResult<undefined>`. */
  appQuit: 'frontdesk:app:quit',
} as const;

/** One of the shell's IPC channel names. */
export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];
