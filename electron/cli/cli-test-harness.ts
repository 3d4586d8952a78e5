import { runCli } from './run-cli';

/** Run the CLI in-process against a data folder, collecting its output (tests only). */
export async function runCliForTest(argv: readonly string[], options: { dataDir: string; cwd: string; now: Date }): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: { CAIRN_DATA_DIR: options.dataDir },
    cwd: options.cwd,
    clock: () => options.now,
  });
  return { code, stdout, stderr };
}
