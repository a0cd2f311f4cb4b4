// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** DOM and browser globals that would tie the simulation to a page. */
const browserOnlyGlobals = Object.keys(globals.browser).filter(
  (name) => !(name in globals.es2021) && name !== 'console',
);

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-*/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'test-results-*/**',
      'playwright-report/**',
      'bench/results/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The simulation must stay pure: no engine, shell, store or page in sight.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['phaser', 'phaser/*'], message: 'src/core must not depend on Phaser.' },
            { group: ['electron', 'electron/*'], message: 'src/core must not depend on Electron.' },
            { group: ['zustand', 'zustand/*'], message: 'src/core must not depend on Zustand.' },
            { group: ['node:*'], message: 'src/core must run anywhere: no Node built-ins.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...browserOnlyGlobals.map((name) => ({
          name,
          message: 'src/core is pure: no DOM or browser globals.',
        })),
      ],
    },
  },
);
