import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleSaveLoopChild, runCrashKills } from '../support/crash-kill/run-crash-kills';
import { testScale } from '../support/test-scale';

// 60 kills in `npm test`, 1,000 nightly (the bench runs 1,000 too).
const ITERATIONS = testScale('CAIRN_CRASH_KILLS', 60, 1_000);
let scratch: string;
let childPath: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'cairn-crash-'));
  childPath = await bundleSaveLoopChild(scratch);
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('saving under SIGKILL', () => {
  it(`leaves a document equal to a completed or in-flight save after each of ${ITERATIONS} kills, with no temp file`, async () => {
    const report = await runCrashKills({ childPath, dataDir: join(scratch, 'data'), iterations: ITERATIONS });
    expect(report.failures).toEqual([]);
    expect(report.kills).toBe(ITERATIONS);
    // The kills must actually interrupt saves, or the test proves nothing.
    expect(report.savesAcknowledged).toBeGreaterThan(ITERATIONS);
    expect(report.killsMidWrite + report.inFlightLanded).toBeGreaterThan(0);
  }, 120_000);
});
