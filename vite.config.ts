import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs let the same build run from the web server and Electron's app:// protocol.
  base: './',
  build: {
    outDir: 'dist',
    target: 'es2023',
    chunkSizeWarningLimit: 2000,
  },
  server: {
    port: 5173,
  },
  preview: {
    port: 4173,
    strictPort: true,
  },
});
