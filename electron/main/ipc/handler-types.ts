import type { OperationName } from '../../../shared/ipc/operation-names';
import type { ParsedRequestOf, ResponseOf } from '../../../shared/ipc/contract';

/**
 * The handler table: one async function per operation, given an already validated request.
 * A handler throws `OperationError` for expected failures; anything else becomes `internal`.
 */
export type Handlers = {
  [K in OperationName]: (request: ParsedRequestOf<K>) => Promise<ResponseOf<K>>;
};
