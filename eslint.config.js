// ESLint: typescript-eslint's recommended rules, plus the type-aware rules that catch real bugs
// here (a promise nobody awaits loses a write or its error) and cost nothing beyond the type
// information they share. Formatting is Prettier's (npm run lint runs both); layering is
// dependency-cruiser's (.dependency-cruiser.cjs).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const NODE_GLOBALS = {
  process: 'readonly',
  console: 'readonly',
  Buffer: 'readonly',
  URL: 'readonly',
  setTimeout: 'readonly',
  clearTimeout: 'readonly',
  setImmediate: 'readonly',
  AbortController: 'readonly',
  fetch: 'readonly',
};

export default defineConfig(
  { ignores: ['dist/', 'data/', 'web/dist/', 'node_modules/', 'src/storage/migrations/*.data.ts'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { project: ['./tsconfig.check.json', './web/tsconfig.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // node:test's test() and describe() return promises the runner awaits itself.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite', 'before', 'after', 'beforeEach', 'afterEach'] }] },
      ],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    // The web app's hooks: their rules (and the exhaustive-deps exceptions written in the pages).
    files: ['web/src/**/*.ts', 'web/src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // Build configuration and maintenance scripts outside the type-checked projects.
    files: ['web/vite.config.ts', 'reference/**/*.ts'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // Migrations run against the schema of their time, not today's Database type: Kysely<any>.
    files: ['src/storage/migrations/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { ...NODE_GLOBALS, module: 'writable', require: 'readonly', __dirname: 'readonly' } },
  },
);
