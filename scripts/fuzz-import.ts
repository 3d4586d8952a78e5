/**
 * The importer's fuzzing properties at full strength: 10,000 runs each (CI runs 100).
 * Usage: npx tsx scripts/fuzz-import.ts [runs]
 */
import { spawnSync } from 'node:child_process';

const runs = process.argv[2] ?? '10000';
const result = spawnSync('npx', ['vitest', 'run', '--project', 'unit', 'shared/file-format/engagement-file.property.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, CAIRN_FUZZ_RUNS: runs },
});
process.exit(result.status ?? 1);
