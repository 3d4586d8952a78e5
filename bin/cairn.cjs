#!/usr/bin/env node
'use strict';
// The installed `cairn` command: loads the CLI bundle that `npm run build` produces.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'cli', 'cairn.cjs');
if (!existsSync(bundle)) {
  process.stderr.write('cairn: the command-line tool is not built (dist/cli/cairn.cjs is missing); run "npm run build", or use "npm run cairn -- <args>" in the repository.\n');
  process.exitCode = 1;
} else {
  require(bundle);
}
