import type { WorkspaceProblem } from '../../../shared/ipc/contract';
import type { SyncIssue } from '../../../shared/ipc/contract-sync';
import type { SliceCreator } from './cairn-state';

export type LoadState = { status: 'loading' } | { status: 'ready' } | { status: 'failed'; message: string };

export interface ProblemsSlice {
  /** Quarantined documents found at start; shown until restored or dismissed. */
  problems: WorkspaceProblem[];
  /** Conflict copies and unreadable cloud placeholders of a synced data folder; shown until dealt with. */
  syncIssues: SyncIssue[];
  load: LoadState;
  removeProblem(problemId: string): void;
  removeSyncIssue(issueId: string): void;
  setLoadFailed(message: string): void;
}

export const createProblemsSlice: SliceCreator<ProblemsSlice> = (set) => ({
  problems: [],
  syncIssues: [],
  load: { status: 'loading' },
  removeSyncIssue: (issueId) => set((state) => void (state.syncIssues = state.syncIssues.filter((issue) => issue.id !== issueId))),
  removeProblem: (problemId) => set((state) => void (state.problems = state.problems.filter((p) => p.id !== problemId))),
  setLoadFailed: (message) => set({ load: { status: 'failed', message } }),
});
