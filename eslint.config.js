// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const globals = require('globals');
const reactHooks = require('eslint-plugin-react-hooks');

/** Node built-ins and Electron: the engine in core/ must never reach for them. */
const nodeAndElectron = [
  'electron', 'fs', 'fs/promises', 'path', 'os', 'child_process', 'net', 'http', 'https', 'worker_threads', 'crypto',
  'node:*', 'react', 'react-dom', 'monaco-editor', '@monaco-editor/react', 'deepl-node',
];

module.exports = tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'release/**', 'test-results/**', 'renderer/public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Layering: core/ is pure TypeScript. No Electron, no Node I/O, no DOM, no UI libraries.
    files: ['core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        paths: nodeAndElectron.filter((m) => !m.includes('*')).map((name) => ({ name, message: 'core/ must stay pure: no Electron, Node I/O, DOM or UI imports (see docs/decisions/0001-layers.md).' })),
        patterns: [{ group: ['node:*', '../../main/*', '../../renderer/*', '../../cli/*', '../../preload/*'], message: 'core/ must stay pure and import only downward.' }],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'fetch', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    // services/ is the Node layer shared by the desktop app, web mode and the CLI: it must run without Electron.
    files: ['services/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'services/ runs in the CLI and web mode too: keep Electron in main/ (see docs/decisions/0005-shell-layout.md).' }],
        patterns: [{ group: ['electron/*', '../main/*', '../../main/*', '../renderer/*', '../../renderer/*', '../cli/*', '../../cli/*'], message: 'services/ imports only core/ and Node.' }],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', { patterns: [{ group: ['electron', 'node:*', 'fs', '../main/*', '../../main/*'], message: 'The renderer reaches the system only through the preload bridge (window.duizhao).' }] }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
