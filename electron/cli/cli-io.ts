/** Where the CLI writes and what it reads from its environment; injected so tests run in-process. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Readonly<Record<string, string | undefined>>;
  cwd?: string;
  homedir?: string;
  platform?: NodeJS.Platform;
  clock?: () => Date;
}

export const EXIT_OK = 0;
/** Bad input: an unusable data folder, unreadable files. */
export const EXIT_BAD_INPUT = 1;
/** Wrong usage: unknown command or flag, missing value. */
export const EXIT_USAGE = 2;

/** A failure the CLI reports in one line with a chosen exit code (never a stack trace). */
export class CliError extends Error {
  constructor(
    readonly exitCode: typeof EXIT_BAD_INPUT | typeof EXIT_USAGE,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
