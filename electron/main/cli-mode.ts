import { app } from 'electron';
import { runCli } from '../cli/run-cli';

/** Resolve once everything written to a stream has been handed to the OS (a pipe may lag). */
const drained = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => (stream.write('') ? resolve() : stream.once('drain', () => resolve())));

/**
 * The installed `cairn` command: the app binary started with `--cli` (the launcher
 * script in resources/bin does that). The fuses stay as they are (RunAsNode off), so the
 * CLI runs in Electron's main process: no window, no Dock icon, no GPU, no single-instance
 * lock, the same `runCli` as `npm run cairn`, and the process exits with the CLI's code.
 */
export function runHeadlessCli(args: readonly string[]): void {
  app.disableHardwareAcceleration();
  app.dock?.hide();
  // Quitting when no window is open is the default; the CLI opens none, so keep the
  // process alive until runCli is done and exit explicitly.
  app.on('window-all-closed', () => undefined);
  void runCli(args, { stdout: process.stdout, stderr: process.stderr, env: process.env })
    .catch((error: unknown) => {
      process.stderr.write(`cairn: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    })
    .then(async (code) => {
      await Promise.all([drained(process.stdout), drained(process.stderr)]);
      app.exit(code);
    });
}
