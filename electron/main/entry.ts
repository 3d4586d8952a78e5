// The first thing the app binary does: look at its arguments. `--cli` runs the `cairn`
// command headless (never a window); anything else starts the desktop app (index.ts),
// which reads the same arguments for files to open. (Dynamic imports: the bundle
// evaluates only the half it needs.)
import { routeLaunch } from './open-routing';

const launch = routeLaunch(process.argv, { defaultApp: Boolean(process.defaultApp), cwd: process.cwd() });
const started = launch.mode === 'cli' ? import('./cli-mode').then(({ runHeadlessCli }) => runHeadlessCli(launch.args)) : import('./index');
started.catch((error: unknown) => {
  process.stderr.write(`Cairn could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
