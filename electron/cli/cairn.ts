import { runCli } from './run-cli';

// Entry point for `npm run cairn` (tsx) and for the bundled dist/cli/cairn.cjs.
// exitCode rather than exit() so that piped output is flushed first.
void runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then((code) => {
  process.exitCode = code;
});
