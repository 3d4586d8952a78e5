import { Lightbulb, Plus } from 'lucide-react';
import type { Client } from '../../../../../shared/domain/client';
import { SUGGESTION_RULE } from '../../../../../shared/roadmap/suggestions';
import { PHASES, TRACK_LABELS } from '../../../../../shared/roadmap/roadmap-reference';
import { Dialog } from '../../../components/Dialog';
import { EmptyState } from '../../../components/EmptyState';
import { useActions } from '../../../store/StoreContext';
import { RuleNote } from '../../maturity/RuleNote';
import type { GapSuggestions } from './useGapSuggestions';
import './library.css';

interface SuggestionsDialogProps {
  client: Client;
  suggestions: GapSuggestions;
  engagementId: string | null;
  onClose: () => void;
}

/** Library initiatives for the largest gaps of the latest assessment, each accepted with one click. */
export function SuggestionsDialog({ client, suggestions, engagementId, onClose }: SuggestionsDialogProps) {
  const { addFromLibrary } = useActions();
  const list = suggestions.status === 'ready' ? suggestions.suggestions : [];
  const description =
    suggestions.status === 'ready'
      ? `From “${suggestions.assessmentTitle}” (${suggestions.assessedOn}), the client’s latest assessment.`
      : 'Suggestions come from the gaps of the client’s latest assessment.';
  return (
    <Dialog
      title="Suggestions from the gaps"
      description={description}
      onClose={onClose}
      size="large"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Close
          </button>
          {list.length > 0 ? (
            <button type="button" className="btn btn--primary" onClick={() => addFromLibrary(client.id, list.map((suggestion) => suggestion.item), engagementId)}>
              Accept all ({list.length})
            </button>
          ) : null}
        </>
      }
    >
      {suggestions.status === 'no-assessment' ? (
        <EmptyState icon={<Lightbulb size={26} />} title="No assessment yet">
          Assess the client on the Maturity tab, with a current and a target stage for each competency. The competencies with the largest gaps then suggest the library
          initiatives that lift them.
        </EmptyState>
      ) : suggestions.status === 'no-gap' ? (
        <EmptyState icon={<Lightbulb size={26} />} title="No gap to close">
          Every competency in “{suggestions.assessmentTitle}” is at or above its target (or has no stage yet), so nothing is suggested. Raise a target or add initiatives from the
          library.
        </EmptyState>
      ) : list.length === 0 ? (
        <EmptyState icon={<Lightbulb size={26} />} title="Every suggestion is on the roadmap">
          All library initiatives that lift this assessment’s gaps have been added.
        </EmptyState>
      ) : (
        <ol className="rm-suggestions" aria-label="Suggested initiatives">
          {list.map((suggestion, index) => {
            const phase = PHASES.find((candidate) => candidate.id === suggestion.item.phase)!;
            return (
              <li key={suggestion.item.id} className="rm-suggestion">
                <span className="rm-suggestion__rank" aria-hidden="true">
                  {index + 1}
                </span>
                <div className="rm-suggestion__text">
                  <p className="rm-suggestion__title">{suggestion.item.title}</p>
                  <p className="rm-suggestion__reason">{suggestion.reason}</p>
                  <p className="rm-suggestion__place">
                    Phase {phase.number} · {phase.name} · {TRACK_LABELS[suggestion.item.track]} · {suggestion.item.ownerRole}
                  </p>
                </div>
                <button
                  type="button"
                  className="btn btn--small"
                  aria-label={`Accept ${suggestion.item.title}`}
                  onClick={() => addFromLibrary(client.id, [suggestion.item], engagementId)}
                >
                  <Plus size={13} aria-hidden="true" />
                  Accept
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <RuleNote>{SUGGESTION_RULE}</RuleNote>
    </Dialog>
  );
}
