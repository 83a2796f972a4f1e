/** One runner for every test: core and adapters in Node, components in jsdom (per-file docblock). */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/\\.data/'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': swc,
    '^.+\\.mjs$': swc,
  },
  // ESM-only packages are compiled to CommonJS for Jest.
  transformIgnorePatterns: [
    '/node_modules/(?!(postal-mime|idb|@noble/hashes|strip-bom|unpdf|d3-[a-z-]+|internmap)/)',
  ],
  // unpdf loads its PDF.js build by a dynamic import that names only an ESM condition.
  moduleNameMapper: { '^unpdf/pdfjs$': '<rootDir>/node_modules/unpdf/dist/pdfjs.mjs' },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  testTimeout: 30000,
  // Waits of the components' tests (Testing Library) get 5 s: see the file.
  setupFilesAfterEnv: ['<rootDir>/test/setup/dom-waits.ts'],
};
