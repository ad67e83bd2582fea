// Lint, and the layer rule of docs/architecture: each layer may import only the layers below it.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'stream',
  'worker_threads',
]

/** A no-restricted-imports entry that forbids the given module patterns with a reason. */
const forbid = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
})

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      '.tmp/**',
      'bench/results/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
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
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    ...{
      rules: forbid(
        [
          ...nodeBuiltins,
          'electron',
          'react',
          'react-dom',
          'lowdb',
          'lowdb/*',
          '**/services/**',
          '**/main/**',
          '**/renderer/**',
          '**/cli/**',
          '**/preload/**',
        ],
        'src/core is pure: no Node, Electron, React or disk, and nothing from the layers above it.',
      ),
    },
  },
  {
    files: ['src/services/**/*.ts'],
    rules: forbid(
      ['electron', 'react', '**/main/**', '**/renderer/**', '**/cli/**', '**/preload/**'],
      'src/services is Node-only and shared by the app and the CLI: it imports core and shared, nothing above.',
    ),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: forbid(
      ['electron', 'react', '**/main/**', '**/renderer/**', '**/preload/**'],
      'The CLI runs without Electron: services and core only.',
    ),
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: forbid(
      [
        ...nodeBuiltins,
        'electron',
        'react',
        '**/services/**',
        '**/main/**',
        '**/renderer/**',
        '**/cli/**',
        '**/preload/**',
      ],
      'src/shared is the IPC contract: types and schemas only.',
    ),
  },
  {
    files: ['src/main/**/*.ts'],
    rules: forbid(
      ['react', 'react-dom', '**/renderer/**', '**/cli/**'],
      'Main wires services to IPC; it never imports the renderer or the CLI.',
    ),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: forbid(
      [...nodeBuiltins, '**/services/**', '**/core/**', '**/main/**', '**/renderer/**', '**/cli/**'],
      'The preload only bridges the typed API: electron and src/shared, no logic.',
    ),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: forbid(
      [...nodeBuiltins, 'electron', 'lowdb', '**/services/**', '**/main/**', '**/cli/**', '**/preload/**'],
      'The renderer talks only to window.api: it may import src/shared, pure src/core and its own code.',
    ),
  },
)
