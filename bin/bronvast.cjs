#!/usr/bin/env node
'use strict';
// Runs the TypeScript command line straight from source, so it works right after `npm ci`.
require('tsx/cjs');
require('../src/cli/main.ts');
