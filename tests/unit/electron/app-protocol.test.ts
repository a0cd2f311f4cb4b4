import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  appUrlToRelativePath,
  contentTypeFor,
  createAppProtocolHandler,
} from '../../../electron/lib/app-protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../../electron/lib/csp.ts';

let root: string;
let dist: string;

beforeEach(async () => {
  // <root>/package.json is the secret a traversal would reach; <root>/dist is what is served.
  root = await mkdtemp(path.join(tmpdir(), 'frontdesk-protocol-'));
  dist = path.join(root, 'dist');
  await mkdir(path.join(dist, 'assets', 'audio'), { recursive: true });
  await writeFile(path.join(root, 'package.json'), '{"secret":true}');
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Front Desk</title>');
  await writeFile(path.join(dist, 'assets', 'index-abc.js'), 'console.log(1);');
  await writeFile(path.join(dist, 'assets', 'audio', 'index.html'), 'audio index');
  await writeFile(path.join(dist, 'assets', 'desk bell.mp3'), 'ID3');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Requests `url` from a handler serving the temporary dist directory. */
async function fetchApp(url: string, method = 'GET'): Promise<Response> {
  return createAppProtocolHandler(dist)(new Request(url, { method }));
}

describe('appUrlToRelativePath', () => {
  it('maps paths under the app host, dropping query and fragment', () => {
    expect(appUrlToRelativePath('app://frontdesk/index.html')).toBe('index.html');
    expect(appUrlToRelativePath('app://frontdesk/assets/a.js?v=2#top')).toBe('assets/a.js');
    expect(appUrlToRelativePath('app://frontdesk/assets/desk%20bell.mp3')).toBe(
      'assets/desk bell.mp3',
    );
  });

  it('maps directories (and the bare origin) to their index.html', () => {
    expect(appUrlToRelativePath('app://frontdesk')).toBe('index.html');
    expect(appUrlToRelativePath('app://frontdesk/')).toBe('index.html');
    expect(appUrlToRelativePath('app://frontdesk/assets/audio/')).toBe('assets/audio/index.html');
  });

  it.each([
    'app://frontdesk/..%2fpackage.json',
    'app://frontdesk/%2e%2e%2fpackage.json',
    'app://frontdesk/assets%2f..%2f..%2fpackage.json',
    'app://frontdesk/..%5cpackage.json',
    'app://frontdesk/C:%5cWindows%5cwin.ini',
    'app://frontdesk/index.html%00.png',
    'app://frontdesk/%zz',
    'app://frontdesk/assets//index-abc.js',
    'app://other/index.html',
    'app://frontdesk:8080/index.html',
    'app://user:pass@frontdesk/index.html',
    'https://frontdesk/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => {
    expect(appUrlToRelativePath(url)).toBeNull();
  });
});

describe('createAppProtocolHandler', () => {
  it('serves the entry page with its type and the CSP', async () => {
    const response = await fetchApp('app://frontdesk/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Front Desk</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves scripts as JavaScript, ignoring the query string', async () => {
    const response = await fetchApp('app://frontdesk/assets/index-abc.js?import');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1);');
  });

  it('serves a directory index with or without the trailing slash', async () => {
    expect(await (await fetchApp('app://frontdesk/')).text()).toContain('Front Desk');
    expect(await (await fetchApp('app://frontdesk/assets/audio')).text()).toBe('audio index');
  });

  it.each([
    'app://frontdesk/../package.json',
    'app://frontdesk/%2e%2e/package.json',
    'app://frontdesk/..%2fpackage.json',
    'app://frontdesk/assets/../../package.json',
    'app://other/index.html',
    'app://frontdesk/missing.png',
    'app://frontdesk/assets',
  ])('answers 404 and never leaks the parent directory for %s', async (url) => {
    const response = await fetchApp(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await fetchApp('app://frontdesk/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await fetchApp('app://frontdesk/index.html', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('contentTypeFor', () => {
  it('knows the game asset types and falls back to bytes', () => {
    expect(contentTypeFor('a/b/c.PNG')).toBe('image/png');
    expect(contentTypeFor('font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('bell.mp3')).toBe('audio/mpeg');
    expect(contentTypeFor('bell.ogg')).toBe('audio/ogg');
    expect(contentTypeFor('level.json')).toBe('application/json; charset=utf-8');
    expect(contentTypeFor('style.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('icon.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('blob.bin')).toBe('application/octet-stream');
    expect(contentTypeFor('README')).toBe('application/octet-stream');
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('keeps scripts to our origin and allows the data:/blob: images Phaser makes', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });
});
