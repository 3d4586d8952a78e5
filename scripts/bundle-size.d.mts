// Types for scripts/bundle-size.mjs, for its test and the bench.
export declare const INITIAL_JS_TARGET_KB: number;
export declare function initialScripts(html: string): string[];
export declare function staticImports(code: string): string[];
export interface MeasuredFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}
export declare function measureInitialJs(rendererDir: string): { files: MeasuredFile[]; bytes: number; gzipBytes: number };
export declare function bundleSizeReport(rendererDir: string, targetKb?: number): { ok: boolean; lines: string[]; gzipKb: number; rawKb: number };
