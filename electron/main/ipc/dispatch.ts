import { contract } from '../../../shared/ipc/contract';
import { OPERATION_NAMES, type OperationName } from '../../../shared/ipc/operation-names';
import type { Result } from '../../../shared/result';
import type { Handlers } from './handler-types';
import { OperationError } from './operation-error';
import { describeFsError } from '../services/fs-errors';

const KNOWN = new Set<string>(OPERATION_NAMES);
/** Only autosave's writes are retried (by the renderer); every other operation is done once. */
const RETRIED = new Set<string>(['saveClient', 'purgeClient'] satisfies OperationName[]);

export function isOperationName(name: string): name is OperationName {
  return KNOWN.has(name);
}

/**
 * Validate a payload against the shared contract and run its handler, turning every
 * outcome into a Result. Used by Electron's ipcMain registration and by the test bridge,
 * so both transports behave identically.
 */
export async function dispatch(handlers: Handlers, name: string, payload: unknown): Promise<Result<unknown>> {
  if (!isOperationName(name)) {
    return { ok: false, error: { code: 'invalid-request', message: `Unknown operation “${name}”.` } };
  }
  const parsed = contract[name].request.safeParse(payload ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return {
      ok: false,
      error: { code: 'invalid-request', message: `Invalid ${name} request${where}: ${issue?.message ?? 'malformed'}.` },
    };
  }
  try {
    const handler = handlers[name] as (request: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof OperationError) return { ok: false, error: { code: error.code, message: error.message } };
    const fsError = describeFsError(error, { retried: RETRIED.has(name) });
    if (fsError) return { ok: false, error: fsError };
    return {
      ok: false,
      error: { code: 'internal', message: `Something went wrong in ${name}: ${error instanceof Error ? error.message : String(error)}` },
    };
  }
}
