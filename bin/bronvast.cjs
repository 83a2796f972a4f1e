#!/usr/bin/env node
'use strict';
// Runs the TypeScript command line straight from source, so it works right after `npm ci`.
// tsx's ESM hooks serve the dynamic imports (schemas, document readers, reference lists, loaded
// only when needed), its CommonJS hooks the rest.
import('tsx/esm/api').then(({ register }) => {
  register();
  require('tsx/cjs');
  require('../src/cli/main.ts');
});
