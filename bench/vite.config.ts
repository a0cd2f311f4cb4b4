import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The bare Phaser baseline pages, built exactly like the game (same Vite, target and base). */
const baselineRoot = fileURLToPath(new URL('./baseline/', import.meta.url));

export default defineConfig({
  root: baselineRoot,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./results/baseline-dist/', import.meta.url)),
    emptyOutDir: true,
    target: 'es2023',
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: {
        scene: fileURLToPath(new URL('./baseline/scene.html', import.meta.url)),
        hello: fileURLToPath(new URL('./baseline/hello.html', import.meta.url)),
      },
    },
  },
});
