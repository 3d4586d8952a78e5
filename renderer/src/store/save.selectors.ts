import type { ErrorCode } from '../../../shared/result';
import type { CairnState } from './cairn-state';
import type { SaveFailure } from './save.slice';

export type SaveStatus = 'saving' | 'saved' | 'retrying';

export const SAVE_STATUS_TEXT: Record<SaveStatus, string> = {
  saving: 'Saving…',
  saved: 'All changes saved',
  retrying: 'Not saved — retrying',
};

export function selectSaveStatus(state: CairnState): SaveStatus {
  if (Object.keys(state.save.failures).length > 0) return 'retrying';
  return state.save.pending || state.save.inFlight ? 'saving' : 'saved';
}

export const selectSaveFailures = (state: CairnState): Record<string, SaveFailure> => state.save.failures;

const PROBLEM_BY_CODE: Partial<Record<ErrorCode, string>> = {
  'disk-full': 'the disk is full',
  'read-only': 'the data folder is read-only',
  locked: 'the file is locked by another program',
  io: 'the disk could not be written',
};

/** One sentence for the banner: who, what went wrong, and that nothing is lost. */
export function describeSaveFailure(failure: Pick<SaveFailure, 'clientName' | 'code' | 'message'>): string {
  if (failure.code === 'conflict') {
    return `Couldn't save ${failure.clientName}: its file was changed on disk by another program. Your changes are kept here; compare the two versions and merge them.`;
  }
  const problem = PROBLEM_BY_CODE[failure.code] ?? failure.message.replace(/\.$/, '');
  return `Couldn't save ${failure.clientName}: ${problem}. Your changes are kept; retrying…`;
}
