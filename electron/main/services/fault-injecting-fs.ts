import type { FileHandlePort, FsPort } from './fs-port';

/** A step of a file write where a fault can be injected. */
export type FaultStep = 'open' | 'write' | 'sync' | 'close' | 'rename' | 'sync-folder' | 'read' | 'mkdir';

export interface Fault {
  step: FaultStep;
  code: string;
  /** Only paths containing this string fail (default: every path). */
  pathIncludes?: string;
}

/** A Node-like error carrying `code`, the way fs reports ENOSPC, EROFS, EBUSY. */
export function fsError(code: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated failure, ${path}`), { code, path });
}

/**
 * Wraps a real FsPort and fails the chosen step with the chosen error code, for tests:
 * the tests run as root, where chmod cannot make a folder read-only. `write` fails after
 * half of the bytes reached the temp file, like a disk that fills up mid-write. `read`
 * fails readFile (EACCES on one document, as a permission problem would for a non-root user).
 */
export function faultInjectingFs(real: FsPort, faults: () => readonly Fault[]): FsPort {
  const failing = (step: FaultStep, path: string): Fault | undefined =>
    faults().find((fault) => fault.step === step && (fault.pathIncludes === undefined || path.includes(fault.pathIncludes)));
  const check = (step: FaultStep, path: string): void => {
    const fault = failing(step, path);
    if (fault) throw fsError(fault.code, path);
  };

  return {
    ...real,
    open: async (path, flags) => {
      check('open', path);
      const handle = await real.open(path, flags);
      const isFolderSync = flags === 'r';
      const wrapped: FileHandlePort = {
        writeFile: async (data) => {
          const fault = failing('write', path);
          if (fault) {
            await handle.writeFile(data.slice(0, Math.floor(data.length / 2)));
            throw fsError(fault.code, path);
          }
          await handle.writeFile(data);
        },
        sync: async () => {
          check(isFolderSync ? 'sync-folder' : 'sync', path);
          await handle.sync();
        },
        close: async () => {
          await handle.close();
          check('close', path);
        },
      };
      return wrapped;
    },
    rename: async (from, to) => {
      check('rename', to);
      await real.rename(from, to);
    },
    readFile: async (path) => {
      check('read', path);
      return real.readFile(path);
    },
    unlink: (path) => real.unlink(path),
    readdir: (path) => real.readdir(path),
    mkdir: async (path, options) => {
      check('mkdir', path);
      return real.mkdir(path, options);
    },
    rm: (path, options) => real.rm(path, options),
    stat: (path) => real.stat(path),
    lstat: (path) => real.lstat(path),
  };
}
