import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export const repoRoot = process.cwd();

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Run the real `cairn` command in its own process (tsx), as a consultant's terminal would. */
export function runCairn(args: readonly string[], options: { killAfterMs?: number } = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/cairn.ts', ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = options.killAfterMs === undefined ? null : setTimeout(() => child.kill('SIGKILL'), options.killAfterMs);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** A process standing in for the open app: holds the data folder and answers line commands. */
export interface HeldFolder {
  child: ChildProcess;
  send(line: string): Promise<string>;
  quit(): Promise<void>;
}

export async function holdDataFolder(dataDir: string): Promise<HeldFolder> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/data-folder/hold-data-folder.ts', dataDir], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const waiting: ((line: string) => void)[] = [];
  lines.on('line', (line) => waiting.shift()?.(line));
  const next = () => new Promise<string>((resolve) => waiting.push(resolve));
  const ready = await Promise.race([next(), new Promise<string>((resolve) => child.once('exit', (code) => resolve(`exited ${code}`)))]);
  if (ready !== 'ready') throw new Error(`the app stand-in did not start: ${ready}`);
  return {
    child,
    send(line) {
      const answer = next();
      child.stdin!.write(`${line}\n`);
      return answer;
    },
    async quit() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.stdin!.write('quit\n');
      await exited;
    },
  };
}
