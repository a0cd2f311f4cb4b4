/**
 * Serves the built renderer (`dist/`) over `app://frontdesk/...` for `protocol.handle`.
 * A privileged standard scheme gives the page a real origin (so ES modules, fetch and CSP
 * `'self'` behave as on the web) without the extra powers `file://` pages get.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-origin.ts';
import { CONTENT_SECURITY_POLICY } from './csp.ts';

/**
 * Registration for `protocol.registerSchemesAsPrivileged` (before `ready`).
 * `standard` gives URLs an origin and relative resolution, `secure` a secure context (WebGL,
 * crypto), `supportFetchAPI` lets Phaser's loader and `fetch` read assets, `stream` lets
 * `<audio>` play without buffering whole files, `codeCache` speeds up later starts.
 * CORS stays off: only the app's own origin ever needs these files.
 */
export const APP_SCHEME_REGISTRATION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    stream: true,
    codeCache: true,
  },
};

/** Content types by lower-case extension; anything else is served as opaque bytes. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.fnt': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.wav': 'audio/wav',
  '.m4a': 'audio/mp4',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.wasm': 'application/wasm',
};

/** The content type for a file name, by extension. */
export function contentTypeFor(fileName: string): string {
  return CONTENT_TYPES[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an `app://frontdesk/<path>` URL to a path relative to the served directory, or `null`
 * when the URL must not be served (other scheme or host, `..` or `.` segments in any encoding,
 * encoded separators, NUL bytes, bad escapes). Query and fragment are ignored; a path ending in
 * `/` (or empty) means that directory's `index.html`.
 */
export function appUrlToRelativePath(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const credentials = parsed.username !== '' || parsed.password !== '';
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host.toLowerCase() !== APP_HOST) return null;
  if (credentials) return null;
  const rawSegments = parsed.pathname.split('/').slice(1);
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    // After decoding, a segment must still be one plain name: this is where `%2e%2e`,
    // `%2f`, `\` (a separator on Windows) and drive letters (`C:`) are caught.
    if (segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) return null;
    segments.push(segment);
  }
  const last = segments.at(-1);
  if (last === undefined || last === '') segments.splice(-1, 1, 'index.html');
  if (segments.slice(0, -1).includes('')) return null;
  return segments.join('/');
}

/** Resolves `relative` under `rootDir`, or `null` if the result would leave it. */
function containedPath(rootDir: string, relative: string): string | null {
  const root = path.resolve(rootDir);
  const full = path.resolve(root, ...relative.split('/'));
  const fromRoot = path.relative(root, full);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return null;
  return full;
}

/** Headers every answer carries, error pages included. */
function baseHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  });
}

/** A plain-text error answer. */
function errorResponse(status: 404 | 405): Response {
  const headers = baseHeaders('text/plain; charset=utf-8');
  if (status === 405) headers.set('Allow', 'GET, HEAD');
  return new Response(status === 404 ? 'Not found' : 'Method not allowed', { status, headers });
}

/** Finds the file to serve: the path itself, or its `index.html` when it names a directory. */
async function findFile(candidate: string): Promise<string | null> {
  try {
    const info = await stat(candidate);
    if (info.isFile()) return candidate;
    if (!info.isDirectory()) return null;
    const index = path.join(candidate, 'index.html');
    return (await stat(index)).isFile() ? index : null;
  } catch {
    return null;
  }
}

/**
 * Builds the `protocol.handle('app', ...)` handler serving files under `rootDir`.
 * Anything outside `rootDir`, on another host, or missing answers 404; only GET and HEAD are
 * accepted. Every answer carries the app's Content-Security-Policy.
 */
export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return errorResponse(405);
    const relative = appUrlToRelativePath(request.url);
    const candidate = relative === null ? null : containedPath(rootDir, relative);
    const file = candidate === null ? null : await findFile(candidate);
    if (file === null) return errorResponse(404);
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await readFile(file);
    } catch {
      return errorResponse(404);
    }
    const headers = baseHeaders(contentTypeFor(file));
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
  };
}
