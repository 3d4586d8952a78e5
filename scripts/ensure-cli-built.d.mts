// Types for scripts/ensure-cli-built.mjs, for the CLI start bench.
export declare function ensureCliBuilt(options?: { log?: (line: string) => void }): Promise<boolean>;
