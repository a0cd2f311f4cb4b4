/**
 * Saves a text file from the overlay: a download through a Blob and an `<a download>` link.
 * This also works in the desktop app, where Electron asks where to save it.
 */
import type { ReportFile } from './report-files.ts';

/** How long the Blob URL lives: long enough for the browser to start the download. */
const REVOKE_AFTER_MS = 60_000;

/** Starts the download of `file`. */
export function saveFile(file: ReportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
