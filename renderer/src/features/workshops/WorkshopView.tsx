import { useState } from 'react';
import { ArrowLeft, BookmarkPlus, CalendarDays, MapPin, Trash2 } from 'lucide-react';
import type { Client } from '../../../../shared/domain/client';
import type { Workshop } from '../../../../shared/workshop';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useActions } from '../../store/StoreContext';
import { AgendaPdfButton } from '../deliverables/AgendaPdfButton';
import { FacilitatorLauncher } from './facilitator/FacilitatorLauncher';
import { SaveTemplateDialog } from './SaveTemplateDialog';
import { WorkshopPlan } from './WorkshopPlan';
import { WorkshopSummaryView } from './WorkshopSummaryView';
import { STATUS_LABELS, formatDay } from './workshop-format';
import { Button } from '../../components/Button';
import { IconButton } from '../../components/IconButton';
import { useFormat } from '../../components/useFormat';

type Mode = 'plan' | 'summary';

/** One workshop: its plan or its summary, with Facilitate, the printable agenda and Save as template. */
export function WorkshopView({ client, workshop, onBack }: { client: Client; workshop: Workshop; onBack: () => void }) {
  const { locale } = useFormat();
  const { deleteWorkshop } = useActions();
  const [mode, setMode] = useState<Mode>(workshop.status === 'planned' ? 'plan' : 'summary');
  const [dialog, setDialog] = useState<'template' | 'delete' | null>(null);
  const engagement = client.engagements.find((candidate) => candidate.id === workshop.engagementId);

  return (
    <article className="workshop-view" aria-labelledby="workshop-view-title">
      <header className="workshop-view__header">
        <Button variant="ghost" className="workshop-view__back" onClick={onBack}>
          <ArrowLeft size={14} aria-hidden="true" />
          All workshops
        </Button>
        <div className="workshop-view__heading">
          <div className="workshop-view__title-row">
            <h2 id="workshop-view-title" className="workshop-view__title">
              {workshop.title}
            </h2>
            <span className={`status-pill status-pill--${workshop.status}`}>{STATUS_LABELS[workshop.status]}</span>
          </div>
          <p className="workshop-view__meta">
            <span>
              <CalendarDays size={13} aria-hidden="true" /> {formatDay(workshop.date, locale)}
            </span>
            {workshop.place ? (
              <span>
                <MapPin size={13} aria-hidden="true" /> {workshop.place}
              </span>
            ) : null}
            {engagement ? <span>{engagement.title}</span> : null}
          </p>
        </div>
        <div className="workshop-view__actions">
          <div className="segmented" role="group" aria-label="Show">
            <button type="button" className="segmented__item" aria-pressed={mode === 'plan'} onClick={() => setMode('plan')}>
              Plan
            </button>
            <button type="button" className="segmented__item" aria-pressed={mode === 'summary'} onClick={() => setMode('summary')}>
              Summary
            </button>
          </div>
          <AgendaPdfButton clientId={client.id} workshopId={workshop.id} />
          <Button onClick={() => setDialog('template')} disabled={workshop.agenda.length === 0} title={workshop.agenda.length === 0 ? 'Add an agenda item first' : undefined}>
            <BookmarkPlus size={14} aria-hidden="true" />
            Save as template…
          </Button>
          <IconButton label="Delete workshop" tone="danger" icon={<Trash2 size={15} aria-hidden="true" />} title="Delete workshop" onClick={() => setDialog('delete')} />
          <FacilitatorLauncher client={client} workshop={workshop} />
        </div>
      </header>
      {mode === 'plan' ? <WorkshopPlan client={client} workshop={workshop} /> : <WorkshopSummaryView client={client} workshop={workshop} />}
      {dialog === 'template' ? <SaveTemplateDialog clientId={client.id} workshop={workshop} onClose={() => setDialog(null)} /> : null}
      {dialog === 'delete' ? (
        <ConfirmDialog
          title="Delete this workshop?"
          message={`“${workshop.title}” goes with its agenda, notes, votes, decisions and actions. Undo (Ctrl+Z) brings it back.`}
          confirmLabel="Delete workshop"
          tone="danger"
          onCancel={() => setDialog(null)}
          onConfirm={() => {
            setDialog(null);
            deleteWorkshop(client.id, workshop.id);
            onBack();
          }}
        />
      ) : null}
    </article>
  );
}
