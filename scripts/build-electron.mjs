// Bundles the Electron main process and preload script into dist-electron/.
//
// Both come out as CommonJS (`.cjs`, since package.json says "type": "module"):
// - main.cjs: loads synchronously, so everything before `app.whenReady()` (scheme privileges,
//   single-instance lock) runs before `ready`, and `__dirname` finds preload.cjs next to it.
// - preload.cjs: sandboxed preloads cannot be ES modules. It is built for the browser platform
//   because a sandboxed preload has no Node built-ins; importing one fails the build here
//   instead of the app at start-up.
// `electron` stays external (the runtime provides it); everything else (zod, shared src/ code)
// is bundled, so the package needs no node_modules at run time.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist-electron');
const production = process.env.NODE_ENV !== 'development';

/** Settings both bundles share. */
const common = {
  bundle: true,
  format: 'cjs',
  external: ['electron'],
  sourcemap: production ? false : 'linked',
  minify: false,
  legalComments: 'none',
  logLevel: 'info',
  absWorkingDir: root,
};

await rm(outDir, { recursive: true, force: true });
await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: path.join(outDir, 'main.cjs'),
    platform: 'node',
    target: 'node22',
  }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: path.join(outDir, 'preload.cjs'),
    platform: 'browser',
    target: 'es2023',
  }),
]);
