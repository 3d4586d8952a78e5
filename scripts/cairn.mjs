#!/usr/bin/env node
// `npm run cairn -- <args>`: bring dist/cli up to date with the sources if needed
// (scripts/ensure-cli-built.mjs), then run the built command in this same process —
// exactly what the installed `cairn` (bin/cairn.cjs) runs, without a second Node start.
import { createRequire } from 'node:module';
import { ensureCliBuilt } from './ensure-cli-built.mjs';

if (await ensureCliBuilt()) createRequire(import.meta.url)('../bin/cairn.cjs');
else process.exitCode = 1;
