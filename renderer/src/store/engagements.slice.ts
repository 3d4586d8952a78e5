import { emptyReportNarrative, type Client, type Engagement } from '../../../shared/domain/client';
import type { SliceCreator } from './cairn-state';
import { createClientEditor } from './client-editor';
import type { StoreDeps } from './store-deps';

export type EngagementFields = Pick<Engagement, 'title' | 'startDate' | 'endDate' | 'scope' | 'status'>;

/** A client's engagements: the pieces of work that assessments, workshops and plans belong to. */
export interface EngagementsSlice {
  /** Returns the new engagement's id (null if the client does not exist). */
  addEngagement(clientId: string, fields: EngagementFields): string | null;
  updateEngagement(clientId: string, engagementId: string, patch: Partial<EngagementFields & Pick<Engagement, 'executiveSummary' | 'reportNarrative'>>, coalesceKey?: string): void;
  /**
   * Remove an engagement that nothing belongs to. Returns null when removed, or the
   * reason it was kept (its assessments and other records would be orphaned).
   */
  removeEngagement(clientId: string, engagementId: string): string | null;
}

/** What still belongs to an engagement, in words, or null when nothing does. */
export function engagementDependents(client: Client, engagementId: string): string | null {
  const counts: [number, string][] = [
    [client.assessments.filter((item) => item.engagementId === engagementId).length, 'assessment'],
    [client.tenStagePlacements.filter((item) => item.engagementId === engagementId).length, 'ten-stage placement'],
    [client.audits.filter((item) => item.engagementId === engagementId).length, 'audit'],
    [client.stageOneDiagnoses.filter((item) => item.engagementId === engagementId).length, 'stage-1 diagnosis'],
  ];
  const parts = counts.filter(([count]) => count > 0).map(([count, noun]) => `${count} ${noun}${count === 1 ? '' : 's'}`);
  return parts.length === 0 ? null : parts.join(', ');
}

export const createEngagementsSlice =
  (deps: StoreDeps): SliceCreator<EngagementsSlice> =>
  (set, get) => {
    const edit = createClientEditor(deps, set);
    return {
      addEngagement(clientId, fields) {
        if (!get().docs[clientId]) return null;
        const id = deps.newId();
        edit(clientId, (client, at) => {
          client.engagements.push({ id, createdAt: at, updatedAt: at, executiveSummary: '', reportNarrative: emptyReportNarrative(), ...fields });
        });
        return id;
      },
      updateEngagement(clientId, engagementId, patch, coalesceKey) {
        edit(
          clientId,
          (client, at) => {
            const engagement = client.engagements.find((candidate) => candidate.id === engagementId);
            if (!engagement) return;
            Object.assign(engagement, patch);
            engagement.updatedAt = at;
          },
          coalesceKey ? `${engagementId}:${coalesceKey}` : null,
        );
      },
      removeEngagement(clientId, engagementId) {
        const client = get().docs[clientId];
        if (!client) return 'The client no longer exists.';
        const dependents = engagementDependents(client, engagementId);
        if (dependents) return `This engagement still has ${dependents}; move or delete them first.`;
        edit(clientId, (draft) => {
          draft.engagements = draft.engagements.filter((candidate) => candidate.id !== engagementId);
        });
        return null;
      },
    };
  };
