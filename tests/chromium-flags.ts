/**
 * Flags for real-speed WebGL (ANGLE on EGL) in headless Debian Chromium with no network, shared
 * by the end-to-end tests and the benchmarks. Never add `--disable-gpu`: WebGL would fall back to
 * a software path that is several times slower and measures the wrong renderer.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--ignore-gpu-blocklist',
  '--use-gl=angle',
  '--use-angle=gl-egl',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
