// Lint is the second guard of the layers (the first is src/core/tsconfig.json): a wrong-way
// import fails with a message that says which way the arrows go.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layerRule = (regex, message) => ({ regex, message });
const forbid = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

const hostGlobals = layerRule(
  '^(react|react-dom|@fluentui/.*|@microsoft/.*|@azure/.*|office-js|dompurify|idb|postal-mime|better-sqlite3)$',
  'src/core is pure: no UI, host, Graph or I/O libraries. Pass effects in from the surface (STYLE.md habit 1 and 3).',
);
const nodeBuiltins = layerRule(
  '^(node:.*|fs|path|crypto|http|https|os|child_process|stream|url|zlib)$',
  'src/core runs in the browser too: no Node built-ins (STYLE.md habit 1).',
);
const outward = (layers, who) =>
  layerRule(
    `(^|/)(${layers.join('|')})(/|$)`,
    `${who} may not import ${layers.join(', ')}: arrows go core <- graph <- filing, host <- ui <- surfaces, and surfaces never import each other (STYLE.md habit 1).`,
  );
const surfaces = ['taskpane', 'commands', 'teams', 'review', 'workbench'];

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
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      ...forbid(
        hostGlobals,
        nodeBuiltins,
        outward(['graph', 'mime', 'filing', 'host', 'ui', ...surfaces], 'src/core'),
      ),
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
    },
  },
  {
    files: ['src/graph/**/*.ts', 'src/mime/**/*.ts'],
    rules: forbid(
      layerRule('^(react|react-dom|@fluentui/.*)$', 'Adapters have no UI (STYLE.md habit 1).'),
      outward(['filing', 'host', 'ui', ...surfaces], 'An adapter'),
    ),
  },
  {
    files: ['src/filing/**/*.ts'],
    rules: forbid(
      layerRule(
        '^(react|react-dom|@fluentui/.*)$',
        'src/filing is the pipeline every surface shares, without UI: hooks and components go to src/ui (STYLE.md habit 1).',
      ),
      outward(['host', 'ui', ...surfaces], 'src/filing'),
    ),
  },
  {
    files: ['src/host/**/*.ts', 'src/host/**/*.tsx'],
    rules: forbid(outward(['filing', 'ui', ...surfaces], 'src/host')),
  },
  {
    files: ['src/ui/**/*.ts', 'src/ui/**/*.tsx'],
    rules: forbid(outward(surfaces, 'src/ui')),
  },
  ...surfaces.map((surface) => ({
    files: [`src/${surface}/**/*.ts`, `src/${surface}/**/*.tsx`],
    rules: forbid(
      outward(
        surfaces.filter((s) => s !== surface),
        `src/${surface}`,
      ),
      ...(surface === 'commands'
        ? [
            layerRule(
              '^(react|react-dom|@fluentui/.*)$',
              'Commands run without a DOM in classic Outlook: no React (DESIGN.md).',
            ),
          ]
        : []),
    ),
  })),
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
