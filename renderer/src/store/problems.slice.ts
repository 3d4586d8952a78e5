import type { WorkspaceProblem } from '../../../shared/ipc/contract';
import type { SliceCreator } from './cairn-state';

export type LoadState = { status: 'loading' } | { status: 'ready' } | { status: 'failed'; message: string };

export interface ProblemsSlice {
  /** Quarantined documents found at start; shown until restored or dismissed. */
  problems: WorkspaceProblem[];
  load: LoadState;
  removeProblem(problemId: string): void;
  setLoadFailed(message: string): void;
}

export const createProblemsSlice: SliceCreator<ProblemsSlice> = (set) => ({
  problems: [],
  load: { status: 'loading' },
  removeProblem: (problemId) => set((state) => void (state.problems = state.problems.filter((p) => p.id !== problemId))),
  setLoadFailed: (message) => set({ load: { status: 'failed', message } }),
});
