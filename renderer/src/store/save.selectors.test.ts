import { describe, expect, it } from 'vitest';
import { describeSaveFailure, selectSaveStatus } from './save.selectors';
import { createCairnStore } from './cairn-store';
import type { ErrorCode } from '../../../shared/result';

describe('describeSaveFailure', () => {
  it.each([
    ['disk-full', 'the disk is full'],
    ['read-only', 'the data folder is read-only'],
    ['locked', 'the file is locked by another program'],
    ['io', 'the disk could not be written'],
    ['internal', 'Something odd happened'],
  ] as const)('%s → names the client and "%s"', (code: ErrorCode, problem) => {
    expect(describeSaveFailure({ clientName: 'Nordlicht Outdoor', code, message: 'Something odd happened.' })).toBe(
      `Couldn't save Nordlicht Outdoor: ${problem}. Your changes are kept; retrying…`,
    );
  });

  it('says a conflict keeps the edits and asks for a merge rather than promising a retry', () => {
    expect(describeSaveFailure({ clientName: 'Nordlicht Outdoor', code: 'conflict', message: 'x' })).toBe(
      "Couldn't save Nordlicht Outdoor: its file was changed on disk by another program. Your changes are kept here; compare the two versions and merge them.",
    );
  });
});

describe('selectSaveStatus', () => {
  it('is saved when idle, saving while pending or in flight, retrying after a failure', () => {
    const store = createCairnStore();
    expect(selectSaveStatus(store.getState())).toBe('saved');
    store.getState().setSaveProgress({ pending: true });
    expect(selectSaveStatus(store.getState())).toBe('saving');
    store.getState().setSaveProgress({ pending: false, inFlight: true });
    expect(selectSaveStatus(store.getState())).toBe('saving');
    store.getState().recordSaveFailure({ clientId: 'x', clientName: 'X', code: 'io', message: 'm' });
    expect(selectSaveStatus(store.getState())).toBe('retrying');
    store.getState().setSaveProgress({ inFlight: false });
    store.getState().recordSaveSuccess('x', '2026-01-01T00:00:00.000Z');
    expect(selectSaveStatus(store.getState())).toBe('saved');
  });
});
