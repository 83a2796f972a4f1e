// Lint is the second guard of the layers (the first is src/core/tsconfig.json): a wrong-way
// import fails with a message that says which way the arrows go. The type-aware rules and the
// React hooks rules catch the mistakes the compiler lets through.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { bronvastPlugin } from './lint/layer-imports.mjs';

const ui = ['react', 'react-dom', '@fluentui/*', 'dompurify'];
const below = ['core', 'mime', 'documents', 'graph', 'exports', 'filing', 'host', 'texts', 'ui'];

/**
 * What each layer may import: the layers below it (DESIGN.md: core <- mime <- documents; core
 * <- graph, exports; all of them <- filing, host <- texts <- ui <- surfaces) and an allow-list
 * of packages; `typeLayers` and `typePackages` may be imported with `import type` only. Anything
 * else is an error that says why, for static, re-exported and dynamic imports alike
 * (lint/layer-imports.mjs).
 */
const layers = {
  core: {
    layers: [],
    packages: ['@noble/hashes'],
    packageWhy:
      'src/core is pure: no UI, host, Graph, Node or I/O libraries; pass effects in from the surface (STYLE.md habit 3)',
  },
  mime: { layers: ['core'], packages: ['postal-mime', 'html-to-text', '@kenjiuno/msgreader'] },
  documents: {
    layers: ['core', 'mime'],
    packages: ['unpdf', 'mammoth', 'exceljs'],
    packageWhy:
      'src/documents reads the text of attachments with its document readers and assesses it with the core; it knows no Graph, exports or UI',
  },
  graph: { layers: ['core'], packages: ['@microsoft/microsoft-graph-client'] },
  exports: {
    layers: ['core'],
    packages: ['exceljs', 'xmlbuilder2', 'jszip', 'xmllint-wasm', 'pdf-lib', 'fflate'],
  },
  filing: {
    layers: ['core', 'mime', 'documents', 'graph', 'exports'],
    packages: ['idb', 'dompurify'],
    packageWhy:
      'src/filing is the pipeline every surface shares, without UI: hooks and components go to src/ui',
  },
  host: {
    layers: ['core', 'mime'],
    packages: ['@azure/msal-browser', '@microsoft/teams-js'],
    why: 'src/host wraps Office.js, teams-js and MSAL and nothing else; the surface hands it what it needs',
  },
  texts: {
    layers: ['core'],
    // The codes it puts into words, as types only: the texts know no behaviour but the core's.
    typeLayers: ['mime', 'graph', 'filing', 'host'],
    packages: [],
    typePackages: ['@fluentui/react-calendar-compat', '@fluentui/react-datepicker-compat'],
    why: 'src/texts turns codes into sentences and knows nothing else: it imports the core, and only the types of the codes below it (import type)',
    packageWhy:
      'src/texts is plain sentences: no React, no Fluent UI, no Node (types of the calendar strings excepted)',
  },
  ui: { layers: ['core', 'mime', 'documents', 'exports', 'filing', 'host', 'texts'], packages: ui },
  taskpane: { layers: below, packages: ui },
  teams: { layers: below, packages: ui },
  review: { layers: below, packages: ui },
  signin: { layers: below, packages: ui },
  workbench: { layers: below, packages: ui },
  commands: {
    layers: below,
    packages: [],
    packageWhy:
      'commands run without a DOM in classic Outlook: no React, no libraries of their own (DESIGN.md)',
  },
  cli: { layers: below, packages: ['node:*', 'cli-progress'] },
  // The local record system (emulator/) runs in Node beside the code it serves; it uses src/
  // for the shapes both sides share, through the layers' indexes like every other importer, and
  // the servers' host check in scripts/serve.
  emulator: { layers: ['core', 'graph', 'host', 'scripts'], packages: ['*'] },
};

/**
 * The layers whose imports of other layers go through an index unless a comment says why not
 * (`npx tsx scripts/import-seams.ts` counts the rest of the code base).
 */
const layersThroughIndex = [
  'cli',
  'graph',
  'filing',
  'exports',
  'mime',
  'host',
  'commands',
  'documents',
  'signin',
  'review',
  'emulator',
];

/** Test files may reach across layers (fixtures, the record system, Node). */
const testFiles = [
  'src/**/*.test.ts',
  'src/**/*.test.tsx',
  'src/**/*.fixture.ts',
  'src/**/*.fixture.tsx',
  'src/**/testing/**',
  'emulator/**/*.test.ts',
  'emulator/testing/**',
];

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'dist/**', 'coverage/**', '.data/**', '.bench/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports (STYLE.md habit 12).' },
      ],
      'no-restricted-properties': [
        'error',
        ...['describe', 'it', 'test'].map((object) => ({
          object,
          property: 'only',
          message: 'A focused test hides the others from CI (STYLE.md habit 14).',
        })),
      ],
    },
  },
  {
    // Type-aware rules: a promise nobody awaits loses its failure; a thrown string has no stack.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/only-throw-error': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/use*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx', 'emulator/**/*.ts'],
    ignores: testFiles,
    plugins: { bronvast: bronvastPlugin },
    rules: {
      'bronvast/layer-imports': [
        'error',
        { root: import.meta.dirname, layers, throughIndex: layersThroughIndex },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: testFiles,
    rules: {
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**', 'scripts/**', 'bench/**', 'emulator/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Tool configuration files are loaded by their tools through a default export.
    files: ['*.config.mjs', '*.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.cjs', '*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
