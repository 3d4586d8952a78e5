import { posix, win32 } from 'node:path';

export interface DataDirInputs {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  homedir: string;
  /** Base for a relative --data-dir; defaults to process.cwd(). */
  cwd?: string;
}

export const DATA_DIR_ENV = 'CAIRN_DATA_DIR';
const PRODUCT_NAME = 'Cairn';

/**
 * Where Cairn keeps its data: `--data-dir DIR` / `--data-dir=DIR`, else $CAIRN_DATA_DIR,
 * else the folder Electron uses as userData for productName "Cairn", so the app, the
 * CLI and the test bridge agree without Electron being loaded.
 */
export function resolveDataDir({ argv, env, platform, homedir, cwd }: DataDirInputs): string {
  const path = platform === 'win32' ? win32 : posix;
  const base = cwd ?? process.cwd();
  const fromArgs = dataDirArgument(argv);
  if (fromArgs) return path.resolve(base, fromArgs);
  const fromEnv = env[DATA_DIR_ENV];
  if (fromEnv) return path.resolve(base, fromEnv);
  return defaultDataDir(platform, env, homedir);
}

/** The last `--data-dir` given wins, as with most command-line tools. */
function dataDirArgument(argv: readonly string[]): string | null {
  let found: string | null = null;
  argv.forEach((arg, index) => {
    if (arg.startsWith('--data-dir=')) found = arg.slice('--data-dir='.length) || found;
    else if (arg === '--data-dir' && argv[index + 1] && !argv[index + 1]!.startsWith('--')) found = argv[index + 1]!;
  });
  return found;
}

function defaultDataDir(platform: NodeJS.Platform, env: DataDirInputs['env'], homedir: string): string {
  if (platform === 'win32') {
    return win32.join(env['APPDATA'] || win32.join(homedir, 'AppData', 'Roaming'), PRODUCT_NAME);
  }
  if (platform === 'darwin') return posix.join(homedir, 'Library', 'Application Support', PRODUCT_NAME);
  const xdg = env['XDG_CONFIG_HOME'];
  return posix.join(xdg && posix.isAbsolute(xdg) ? xdg : posix.join(homedir, '.config'), PRODUCT_NAME);
}
