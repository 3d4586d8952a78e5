import { useCallback, useMemo, useState } from 'react';
import { Gauge, Plus, Presentation, RefreshCw, Trash2 } from 'lucide-react';
import type { Client } from '../../../../shared/domain/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { useActions, useCairn } from '../../store/StoreContext';
import { assessmentGroups, frameworkChoices, isoDay, previousAssessment, resolveFramework } from '../../store/assessments.selectors';
import { UndoToast } from '../stakeholders/UndoToast';
import { AssessmentDialog, type AssessmentDialogResult } from './AssessmentDialog';
import { AssessmentList } from './AssessmentList';
import { AssessPanel } from './AssessPanel';
import { ComparePanel } from './ComparePanel';
import { MATURITY_PANEL_ID, MaturitySubnav, maturityTabId, type MaturityView } from './MaturitySubnav';
import { RatingsPanel } from './RatingsPanel';
import { ResultsPanel } from './ResultsPanel';
import { TrendsPanel } from './TrendsPanel';
import { frameworkLabel } from './maturity-format';
import { Button } from '../../components/Button';
import './maturity.css';
import './assessment-grid.css';
import './maturity-results.css';
import './projector.css';
import { useFormat } from '../../components/useFormat';

type Editing = null | { mode: 'new' } | { mode: 'reassess'; fromId: string };

/** The Maturity tab: the client's assessments, and for the chosen one: assess, ratings, results, trends, compare. */
export function MaturityTab({ client }: { client: Client }) {
  const format = useFormat();
  const library = useCairn((state) => state.frameworkLibrary);
  const { createAssessment, reassess, deleteAssessment, addEngagement } = useActions();
  const groups = useMemo(() => assessmentGroups(client, library), [client, library]);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [view, setView] = useState<MaturityView>('assess');
  const [projector, setProjector] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deletedTitle, setDeletedTitle] = useState<string | null>(null);
  const clearDeleted = useCallback(() => setDeletedTitle(null), []);

  const assessment = client.assessments.find((candidate) => candidate.id === chosenId) ?? groups[0]?.items[0]?.assessment ?? null;
  const framework = assessment ? resolveFramework(client, assessment, library) : null;
  const previous = assessment ? previousAssessment(client, assessment) : null;
  const today = isoDay(new Date());
  const choices = frameworkChoices(library, client);
  const from = editing?.mode === 'reassess' ? client.assessments.find((candidate) => candidate.id === editing.fromId) : undefined;
  const fromFramework = from ? resolveFramework(client, from, library) : null;

  const save = (result: AssessmentDialogResult) => {
    const engagementId =
      'id' in result.engagement
        ? result.engagement.id
        : addEngagement(client.id, { title: result.engagement.newTitle, startDate: result.assessedOn, endDate: null, scope: '', status: 'active' });
    if (!engagementId) return;
    const fields = { engagementId, title: result.title, assessedOn: result.assessedOn };
    const id = from ? reassess(client.id, from.id, fields) : createAssessment(client.id, result.framework, fields);
    setEditing(null);
    if (id) {
      setChosenId(id);
      setView('assess');
    }
  };

  const dialog =
    editing && (editing.mode === 'new' || (from && fromFramework)) ? (
      <AssessmentDialog
        client={client}
        choices={choices}
        today={today}
        from={from && fromFramework ? { assessment: from, framework: fromFramework } : null}
        onSave={save}
        onClose={() => setEditing(null)}
      />
    ) : null;
  const toast = deletedTitle ? <UndoToast message={`Deleted ${deletedTitle}.`} onDone={clearDeleted} /> : null;

  if (!assessment) {
    return (
      <div className="maturity">
        <EmptyState
          icon={<Gauge size={28} />}
          title="No assessment yet"
          action={
            <Button variant="primary" onClick={() => setEditing({ mode: 'new' })}>
              <Plus size={14} aria-hidden="true" />
              New assessment
            </Button>
          }
        >
          Place the client on each competency of the Community Maturity Model, or of one of your own frameworks: where it is, where it should be, and how sure you are.
        </EmptyState>
        {dialog}
        {toast}
      </div>
    );
  }

  return (
    <div className={`maturity${projector ? ' maturity--projector' : ''}`}>
      <aside className="maturity__aside">
        <Button variant="primary" block onClick={() => setEditing({ mode: 'new' })}>
          <Plus size={14} aria-hidden="true" />
          New assessment
        </Button>
        <AssessmentList groups={groups} selectedId={assessment.id} onSelect={setChosenId} />
      </aside>

      <div>
        <header className="maturity__header">
          <div>
            <h2 className="maturity__title">{assessment.title}</h2>
            <p className="maturity__facts">
              {format.date(assessment.assessedOn)} · {framework ? frameworkLabel(framework) : `${assessment.frameworkId} ${assessment.frameworkVersion}`}
              {previous ? ` · previous ${format.date(previous.assessedOn)}` : ''}
            </p>
          </div>
          <div className="maturity__actions">
            <Button aria-pressed={projector} onClick={() => setProjector(!projector)}>
              <Presentation size={14} aria-hidden="true" />
              Projector mode
            </Button>
            <Button onClick={() => setEditing({ mode: 'reassess', fromId: assessment.id })} disabled={!framework}>
              <RefreshCw size={14} aria-hidden="true" />
              Reassess
            </Button>
            <Button variant="ghost-danger" onClick={() => setConfirmDelete(true)}>
              <Trash2 size={14} aria-hidden="true" />
              Delete
            </Button>
          </div>
        </header>

        {framework ? (
          <>
            <MaturitySubnav view={view} onChange={setView} />
            <div role="tabpanel" id={MATURITY_PANEL_ID} aria-labelledby={maturityTabId(view)}>
              {view === 'assess' ? <AssessPanel clientId={client.id} assessment={assessment} framework={framework} client={client} /> : null}
              {view === 'ratings' ? <RatingsPanel client={client} assessment={assessment} framework={framework} /> : null}
              {view === 'results' ? <ResultsPanel assessment={assessment} framework={framework} previous={previous} /> : null}
              {view === 'trends' ? <TrendsPanel key={assessment.id} client={client} assessment={assessment} framework={framework} /> : null}
              {view === 'compare' ? <ComparePanel client={client} framework={framework} /> : null}
            </div>
          </>
        ) : (
          <p className="notice notice--danger">
            This assessment uses the framework “{assessment.frameworkId}” version {assessment.frameworkVersion}, which is neither built in, in your library nor embedded in
            this client. Import the framework to see it.
          </p>
        )}
      </div>

      {dialog}
      {confirmDelete ? (
        <ConfirmDialog
          title="Delete this assessment?"
          message={`“${assessment.title}” (${format.date(assessment.assessedOn)}) and its ratings will be removed. You can bring it back with Undo.`}
          confirmLabel="Delete assessment"
          tone="danger"
          onCancel={() => setConfirmDelete(false)}
          onConfirm={() => {
            setDeletedTitle(assessment.title);
            deleteAssessment(client.id, assessment.id);
            setConfirmDelete(false);
            setChosenId(null);
          }}
        />
      ) : null}
      {toast}
    </div>
  );
}
