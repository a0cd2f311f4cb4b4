/**
 * The Content-Security-Policy the `app://` protocol sends with every answer.
 *
 * Starting point: everything from our own origin only, no plugins, no `<base>`, no framing,
 * no form posts. Additions, each needed by the game's stack:
 * - `img-src data: blob:`: Phaser builds its default textures from `data:` PNGs and turns loaded
 *   image bytes into `blob:` URLs before decoding them.
 * - `media-src data: blob:`: audio that Phaser or Vite hands over as `data:`/`blob:` URLs.
 * - `connect-src data: blob:`: Phaser's loader fetches every file with XMLHttpRequest, including
 *   assets Vite inlined as `data:` URIs (files under its 4 KiB inline limit), which CSP governs
 *   through `connect-src`.
 * - `font-src 'self' data:`: fonts Vite inlines the same way.
 * - `style-src 'unsafe-inline'`: inline `style` attributes some UI code sets. Scripts stay strict:
 *   no inline script and no `eval`, which Vite's production output and Phaser do not need.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
