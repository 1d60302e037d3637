// Lint rules, including the layering rules of DESIGN.md: shared/ imports no Node, DOM-only or Electron
// code; the renderer imports no Node or Electron; only the shell files may import Electron at run time.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import prettierConfig from 'eslint-config-prettier';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'http',
  'https',
  'net',
  'tls',
  'crypto',
  'child_process',
  'stream',
  'zlib',
  'url',
  'util',
  'undici',
  'conf',
  'electron-store',
];
const noNode = (message) => nodeBuiltins.map((name) => ({ name, message }));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'e2e-artifacts/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        {
          'ts-ignore': 'allow-with-description',
          'ts-expect-error': 'allow-with-description',
          minimumDescriptionLength: 8,
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer reaches main only through window.parley.' },
            ...noNode('The renderer runs sandboxed: no Node modules.'),
          ],
          patterns: [
            { group: ['node:*'], message: 'The renderer runs sandboxed: no Node modules.' },
            { group: ['**/electron/**'], message: 'The renderer may import shared/, never electron/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'shared/ is pure TypeScript.' },
            { name: 'react', message: 'shared/ is pure TypeScript.' },
            ...noNode('shared/ runs in main and renderer: no Node modules.'),
          ],
          patterns: [
            { group: ['node:*'], message: 'shared/ runs in main and renderer: no Node modules.' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports nothing from the processes.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/vault/safe-storage-cipher.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'Only the shell imports electron at run time; use `import type` here so Node tests can run this file.',
              allowTypeImports: true,
            },
          ],
          patterns: [{ group: ['**/renderer/**'], message: 'Main never imports the renderer.' }],
        },
      ],
    },
  },
  prettierConfig,
);
