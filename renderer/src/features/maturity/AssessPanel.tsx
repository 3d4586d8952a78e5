import { useCallback, useMemo, useRef, type KeyboardEvent } from 'react';
import type { Assessment } from '../../../../shared/assessment/assessment-schema';
import { competencyDrafts } from '../../../../shared/deliverables/narrative/competency-findings';
import type { Client } from '../../../../shared/domain/client';
import type { Framework } from '../../../../shared/frameworks/framework-schema';
import { useActions, useCairnStore } from '../../store/StoreContext';
import type { CompetencyFields } from '../../store/assessments.slice';
import { CompetencyEditor } from './CompetencyEditor';

const FOCUSABLE = '[tabindex="0"], input, select, textarea, button';

/** Alt+↓/↑ or Page Down/Up: the same field in the next or previous competency. */
function jumpDirection(event: KeyboardEvent): 1 | -1 | 0 {
  if (event.key === 'PageDown' || (event.altKey && event.key === 'ArrowDown')) return 1;
  if (event.key === 'PageUp' || (event.altKey && event.key === 'ArrowUp')) return -1;
  return 0;
}

export function AssessPanel({ clientId, assessment, framework, client }: { clientId: string; assessment: Assessment; framework: Framework; client?: Client }) {
  const { updateCompetency } = useActions();
  const store = useCairnStore();
  const gridRef = useRef<HTMLDivElement>(null);
  const onChange = useCallback(
    (competencyId: string, patch: Partial<CompetencyFields>, coalesceKey?: string) => updateCompetency(clientId, assessment.id, competencyId, patch, coalesceKey),
    [updateCompetency, clientId, assessment.id],
  );
  const onEndBurst = useCallback(() => store.endEditBurst(), [store]);
  // The report's draft finding and recommendation per competency, from the same rules the report uses.
  const drafts = useMemo(() => (client ? competencyDrafts(client, assessment, framework) : null), [client, assessment, framework]);
  const entries = new Map(assessment.competencies.map((entry) => [entry.competencyId, entry]));
  const placed = assessment.competencies.filter((entry) => entry.notApplicable || (entry.currentStage !== null && entry.targetStage !== null)).length;

  const onKeyDown = (event: KeyboardEvent) => {
    const direction = jumpDirection(event);
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>('[data-row-index]');
    if (direction === 0 || !row || !gridRef.current) return;
    const rows = [...gridRef.current.querySelectorAll<HTMLElement>('[data-row-index]')];
    const next = rows[rows.indexOf(row) + direction];
    event.preventDefault();
    if (!next) return;
    const field = target.closest('[data-field]')?.getAttribute('data-field') ?? 'current';
    const container = next.querySelector<HTMLElement>(`[data-field="${field}"]`) ?? next.querySelector<HTMLElement>('[data-field="current"]');
    const focusTarget = container?.matches('input, select, textarea, button') ? container : container?.querySelector<HTMLElement>(FOCUSABLE);
    focusTarget?.focus();
    next.scrollIntoView?.({ block: 'nearest' });
  };

  return (
    <div>
      <div className="assess__bar">
        <p className="assess__progress">
          <strong>{placed}</strong> of {framework.competencies.length} competencies placed
        </p>
        <p className="assess__hint" id="assess-shortcuts">
          <kbd>Tab</kbd> / <kbd>Shift+Tab</kbd> next / previous field · <kbd>←</kbd> <kbd>→</kbd> or <kbd>1</kbd>–<kbd>{framework.stages.length}</kbd> set a stage ·{' '}
          <kbd>Delete</kbd> clears · <kbd>Alt+↓</kbd> / <kbd>Alt+↑</kbd> (or <kbd>Page Down</kbd> / <kbd>Page Up</kbd>) next / previous competency
        </p>
      </div>
      <div className="assess__grid" ref={gridRef} onKeyDown={onKeyDown} aria-describedby="assess-shortcuts" role="group" aria-label="Competencies">
        {framework.competencies.map((competency, index) => {
          const entry = entries.get(competency.id);
          return entry ? (
            <CompetencyEditor key={competency.id} index={index} framework={framework} competency={competency} entry={entry} onChange={onChange} onEndBurst={onEndBurst} drafts={drafts?.get(competency.id)} />
          ) : null;
        })}
      </div>
    </div>
  );
}
