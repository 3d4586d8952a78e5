// Types for scripts/cli-freshness.mjs, for its test and the bench.
export interface TimedFile {
  path: string;
  mtimeMs: number;
}
export interface CliFreshness {
  stale: boolean;
  reason: string;
}
export declare const CLI_OUTPUTS: string[];
export declare const CLI_SOURCE_DIRS: string[];
export declare const CLI_SOURCE_FILES: string[];
export declare function decideCliFreshness(input: { sources: TimedFile[]; outputs: Array<{ path: string; mtimeMs: number | null }> }): CliFreshness;
export declare function cliFreshness(root: string, distDir?: string): CliFreshness;
