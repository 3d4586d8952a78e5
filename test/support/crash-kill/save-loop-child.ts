import { createWorkspace } from '../../../electron/main/services/workspace';
import { crashClient } from './crash-client';

/**
 * Child process of the crash-kill test: saves the crash client through the real workspace
 * service in a loop, from sequence number argv[3] on, and prints `saved <n>` after each
 * save has completed. Writes to a pipe are synchronous on Linux and macOS, so an
 * acknowledged save is always on stdout before the next one starts.
 * Usage: node save-loop-child.cjs <dataDir> <firstSeq>
 */
async function main(): Promise<void> {
  const [dataDir, firstSeq] = process.argv.slice(2);
  if (!dataDir || !firstSeq) throw new Error('usage: save-loop-child <dataDir> <firstSeq>');
  const workspace = createWorkspace({ dataDir });
  process.stdout.write('ready\n');
  for (let seq = Number(firstSeq); ; seq += 1) {
    await workspace.save(crashClient(seq));
    process.stdout.write(`saved ${seq}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
