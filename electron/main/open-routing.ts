import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Files Cairn opens when the OS hands them over: engagement files and edited workbooks. */
export const FILE_OPEN_EXTENSIONS = ['.cairn', '.xlsx'] as const;

/** The flag that turns the app binary into the `cairn` command (see bin/ and README). */
export const CLI_FLAG = '--cli';

/** Cairn's own options that take a value as the next argument (`--data-dir DIR`). */
const OPTIONS_WITH_VALUE = new Set(['--data-dir']);

export type LaunchRoute =
  /** Run the command line with these arguments; never open a window. */
  | { mode: 'cli'; args: string[] }
  /** Start (or bring forward) the app and open these files in the import preview. */
  | { mode: 'app'; files: string[] };

export interface LaunchContext {
  /** process.defaultApp: true when run as `electron <app path>`, so argv[1] is the app, not an argument. */
  defaultApp: boolean;
  /** The folder relative paths are resolved against (the second instance's own working directory). */
  cwd: string;
}

/** The arguments after the executable (and after the app path when run through `electron`). */
export function userArguments(argv: readonly string[], defaultApp: boolean): string[] {
  return argv.slice(defaultApp ? 2 : 1);
}

/**
 * Decide what a launch is for, from the whole argv of this process or of a second
 * instance. `--cli` anywhere before the command makes it the command line (everything
 * after it goes to the CLI untouched). Otherwise every argument that names a `.cairn` or
 * `.xlsx` file (a path, relative or absolute, or a file:// URL from a Linux desktop) is a
 * file to open; flags, Chromium's switches (`--flag=value`), macOS's `-psn_…` and the
 * value of `--data-dir` are ignored.
 */
export function routeLaunch(argv: readonly string[], context: LaunchContext): LaunchRoute {
  const args = userArguments(argv, context.defaultApp);
  const cli = args.indexOf(CLI_FLAG);
  if (cli !== -1) return { mode: 'cli', args: args.slice(cli + 1) };
  return { mode: 'app', files: filesToOpen(args, context.cwd) };
}

export function filesToOpen(args: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (OPTIONS_WITH_VALUE.has(arg)) {
      index += 1;
      continue;
    }
    if (arg.startsWith('-') || arg.length === 0) continue;
    const filePath = toPath(arg, cwd);
    if (filePath && isOpenable(filePath) && !files.includes(filePath)) files.push(filePath);
  }
  return files;
}

export function isOpenable(filePath: string): boolean {
  const name = path.basename(filePath).toLowerCase();
  return FILE_OPEN_EXTENSIONS.some((extension) => name.endsWith(extension) && name.length > extension.length);
}

function toPath(arg: string, cwd: string): string | null {
  if (/^file:\/\//i.test(arg)) {
    try {
      return fileURLToPath(arg);
    } catch {
      return null;
    }
  }
  // Any other URL-looking argument (https:, app:) is not a file.
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) return null;
  return path.resolve(cwd, arg);
}

/**
 * Files opened before the window can show them wait here (macOS sends `open-file` before
 * `ready`; a double-click can arrive while the page is still loading). The page takes them
 * when it is ready and whenever it is told there are more.
 */
export function createOpenQueue() {
  let waiting: string[] = [];
  return {
    /** Add files; returns true when any was new, i.e. the page should be told. */
    push(files: readonly string[]): boolean {
      const fresh = files.filter((file) => isOpenable(file) && !waiting.includes(file));
      waiting = [...waiting, ...fresh];
      return fresh.length > 0;
    },
    take(): string[] {
      const taken = waiting;
      waiting = [];
      return taken;
    },
    get size(): number {
      return waiting.length;
    },
  };
}
