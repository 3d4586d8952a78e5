// Types for scripts/build.mjs, for the tests that build into a temporary folder.
export declare const FORBIDDEN_IN_RENDERER: string[];
export declare function buildRenderer(): Promise<void>;
export declare function buildMain(options?: { outDir?: string }): Promise<void>;
export declare function buildPreload(): Promise<void>;
export declare const CLI_BUILDERS_FILE: string;
export declare function buildCliRuntimeFiles(options?: { outDir?: string }): Promise<void>;
export declare function buildCli(options?: { outDir?: string }): Promise<void>;
