#!/usr/bin/env node
// `npm run test:nightly`: the whole suite with the long versions of the long tests
// (CAIRN_NIGHTLY=1: 1,000 crash kills, more kill rounds, thousands of fuzzing runs).
// Extra arguments go to vitest, e.g. `npm run test:nightly -- test/integration`.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const vitest = createRequire(import.meta.url).resolve('vitest/vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, CAIRN_NIGHTLY: '1' } });
process.exitCode = result.status ?? 1;
