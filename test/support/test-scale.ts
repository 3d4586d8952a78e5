/**
 * How long the long-running tests run. `npm test` runs a short version of each (every layer
 * still covered, a few minutes on two cores); `npm run test:nightly` sets CAIRN_NIGHTLY=1 for
 * the long versions (more crash kills, more fuzzing runs). A named variable, when set,
 * overrides both, e.g. CAIRN_CRASH_KILLS=1000.
 */
export const NIGHTLY = process.env['CAIRN_NIGHTLY'] === '1';

export function testScale(variable: string, quick: number, nightly: number): number {
  const chosen = process.env[variable];
  if (chosen !== undefined && chosen !== '' && Number.isFinite(Number(chosen)) && Number(chosen) > 0) return Number(chosen);
  return NIGHTLY ? nightly : quick;
}
