import { countOf } from '../../../../shared/format/plural';
import { useMemo, useState } from 'react';
import { CalendarDays, MapPin, Plus, Presentation, Users } from 'lucide-react';
import type { Client } from '../../../../shared/domain/client';
import type { Workshop } from '../../../../shared/workshop';
import { EmptyState } from '../../components/EmptyState';
import { useCairn } from '../../store/StoreContext';
import { NewWorkshopDialog } from './NewWorkshopDialog';
import { STATUS_LABELS, captureCounts, formatDay, formatMinutes, plannedMinutes } from './workshop-format';
import { Button } from '../../components/Button';
import { useFormat } from '../../components/useFormat';

interface Group {
  key: string;
  title: string;
  workshops: Workshop[];
}

/** Workshops grouped by engagement, the latest date first in each group and across groups. */
function groupByEngagement(client: Client): Group[] {
  const groups = new Map<string, Group>();
  const byDate = [...client.workshops].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  for (const workshop of byDate) {
    const engagement = client.engagements.find((candidate) => candidate.id === workshop.engagementId);
    const key = engagement?.id ?? '';
    if (!groups.has(key)) groups.set(key, { key, title: engagement?.title ?? 'No engagement', workshops: [] });
    groups.get(key)!.workshops.push(workshop);
  }
  return [...groups.values()];
}

/** The client's workshops, each row opening its plan; "New workshop" starts one from a template or blank. */
/**
 * The row's name: everything it shows, in order, title and date first (so the visible
 * text is part of the name, WCAG 2.5.3, and "Title, date" still leads).
 */
function workshopRowLabel(workshop: Workshop, locale: string): string {
  return [
    workshop.title,
    formatDay(workshop.date, locale),
    workshop.place,
    String(workshop.participants.length),
    `${countOf(workshop.agenda.length, 'item')} · ${formatMinutes(plannedMinutes(workshop), locale)}`,
    captureCounts(workshop),
    STATUS_LABELS[workshop.status],
  ]
    .filter(Boolean)
    .join(', ');
}

export function WorkshopList({ client, onOpen }: { client: Client; onOpen: (id: string) => void }) {
  const { locale } = useFormat();
  const [creating, setCreating] = useState(false);
  const groups = useMemo(() => groupByEngagement(client), [client]);
  const problems = useCairn((state) => state.workshopTemplateProblems);

  return (
    <>
      <div className="toolbar">
        <p className="workshops__lead">Plan sessions from a template, run them in facilitator mode, and find what the room decided afterwards.</p>
        <Button variant="primary" onClick={() => setCreating(true)} disabled={client.engagements.length === 0}>
          <Plus size={14} aria-hidden="true" />
          New workshop
        </Button>
      </div>
      {problems.map((problem) => (
        <p key={problem} className="notice" role="status">
          {problem}
        </p>
      ))}
      {client.workshops.length === 0 ? (
        <EmptyState icon={<Presentation size={28} />} title="No workshops yet">
          {client.engagements.length === 0
            ? 'Add an engagement first: every workshop belongs to one.'
            : 'Start from a template such as the kickoff or the maturity assessment, or plan a session from scratch.'}
        </EmptyState>
      ) : (
        groups.map((group) => (
          <section key={group.key} className="workshop-group" aria-label={group.title}>
            <h3 className="workshop-group__title">{group.title}</h3>
            <ul className="workshop-list">
              {group.workshops.map((workshop) => (
                <li key={workshop.id}>
                  <button type="button" className="workshop-row" onClick={() => onOpen(workshop.id)} aria-label={workshopRowLabel(workshop, locale)}>
                    <span className="workshop-row__main">
                      <span className="workshop-row__title">{workshop.title}</span>{' '}
                      <span className="workshop-row__meta">
                        <span>
                          <CalendarDays size={13} aria-hidden="true" /> {formatDay(workshop.date, locale)}
                        </span>{' '}
                        {workshop.place ? (
                          <span>
                            <MapPin size={13} aria-hidden="true" /> {workshop.place}
                          </span>
                        ) : null}{' '}
                        <span>
                          <Users size={13} aria-hidden="true" /> {workshop.participants.length}
                        </span>
                      </span>
                    </span>{' '}
                    {/* Spaces between the parts (ignored by the grid) keep the visible text word by word, as in the name. */}
                    <span className="workshop-row__facts">
                      <span>
                        {countOf(workshop.agenda.length, 'item')} · {formatMinutes(plannedMinutes(workshop), locale)}
                      </span>{' '}
                      <span className="workshop-row__captured">{captureCounts(workshop)}</span>
                    </span>{' '}
                    <span className={`status-pill status-pill--${workshop.status}`}>{STATUS_LABELS[workshop.status]}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
      {creating ? (
        <NewWorkshopDialog
          client={client}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            onOpen(id);
          }}
        />
      ) : null}
    </>
  );
}
