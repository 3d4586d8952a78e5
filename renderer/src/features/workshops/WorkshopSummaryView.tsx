import { countOf } from '../../../../shared/format/plural';
import { useMemo } from 'react';
import { CircleDot, EyeOff } from 'lucide-react';
import type { Client } from '../../../../shared/domain/client';
import { SUMMARY_ORDER_RULE, workshopSummary, type SummaryNote, type Workshop } from '../../../../shared/workshop';
import { EmptyState } from '../../components/EmptyState';
import { useCairn } from '../../store/StoreContext';
import { facilitationFramework } from '../../store/facilitation.slice';
import { RuleNote } from '../maturity/RuleNote';
import { ActionTable } from './ActionTable';
import { RatingsTable } from './RatingsTable';
import { localToday } from './workshop-format';

function Dots({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <span className="dot-count" aria-label={`${count} dot${count === 1 ? '' : 's'}`}>
      <CircleDot size={12} aria-hidden="true" />
      {count}
    </span>
  );
}

function NoteLine({ note }: { note: SummaryNote }) {
  return (
    <li className="summary-note">
      <span className="summary-note__text">
        {note.hidden ? <EyeOff size={12} aria-label="Never revealed in the room" /> : null} {note.text}
      </span>
      <span className="summary-note__author">{note.author ?? 'Anonymous'}</span>
      <Dots count={note.dots} />
    </li>
  );
}

/** What the workshop produced: notes by cluster with their dots, ratings per competency, decisions and actions. */
export function WorkshopSummaryView({ client, workshop }: { client: Client; workshop: Workshop }) {
  const library = useCairn((state) => state.frameworkLibrary);
  const summary = useMemo(() => workshopSummary(workshop, facilitationFramework(client, workshop, library), { today: localToday() }), [client, workshop, library]);
  const empty = summary.boards.length === 0 && summary.ratings.length === 0 && summary.decisions.length === 0 && summary.actions.length === 0;
  if (empty) {
    return (
      <EmptyState title="Nothing captured yet">
        The summary fills in as the workshop runs: notes and clusters, dots, ratings, decisions and actions. Use Facilitate on the day.
      </EmptyState>
    );
  }
  return (
    <div className="workshop-summary">
      {summary.boards.map((board) => (
        <section key={board.agendaItemId} className="card workshop-card" aria-label={`Notes: ${board.title}`}>
          <h3 className="workshop-card__title">
            {board.title} <span className="workshop-card__count">{countOf(board.noteCount, 'note')}</span>
          </h3>
          {board.hiddenNotes > 0 ? <p className="workshop-card__empty">{board.hiddenNotes === 1 ? '1 note was' : `${board.hiddenNotes} notes were`} never revealed in the room.</p> : null}
          <div className="cluster-grid">
            {board.clusters.map((cluster) => (
              <div key={cluster.clusterId} className="cluster-card">
                <div className="cluster-card__head">
                  <h4 className="cluster-card__label">{cluster.label}</h4>
                  <Dots count={cluster.totalDots} />
                </div>
                <ul className="summary-notes">
                  {cluster.notes.map((note) => (
                    <NoteLine key={note.noteId} note={note} />
                  ))}
                </ul>
              </div>
            ))}
            {board.unclustered.length > 0 ? (
              <div className="cluster-card cluster-card--loose">
                <div className="cluster-card__head">
                  <h4 className="cluster-card__label">Not grouped</h4>
                </div>
                <ul className="summary-notes">
                  {board.unclustered.map((note) => (
                    <NoteLine key={note.noteId} note={note} />
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
        </section>
      ))}
      {summary.boards.length > 0 ? <RuleNote>{SUMMARY_ORDER_RULE}</RuleNote> : null}
      {summary.ratings.map((rating) => (
        <RatingsTable key={rating.agendaItemId} rating={rating} />
      ))}
      {summary.decisions.length > 0 ? (
        <section className="card workshop-card" aria-labelledby="summary-decisions">
          <h3 id="summary-decisions" className="workshop-card__title">
            Decisions <span className="workshop-card__count">{summary.decisions.length}</span>
          </h3>
          <ol className="decision-list">
            {summary.decisions.map((decision) => (
              <li key={decision.id}>{decision.text}</li>
            ))}
          </ol>
        </section>
      ) : null}
      {summary.actions.length > 0 ? (
        <section className="card workshop-card" aria-labelledby="summary-actions">
          <h3 id="summary-actions" className="workshop-card__title">
            Actions <span className="workshop-card__count">{summary.actions.length}</span>
          </h3>
          <ActionTable clientId={client.id} rows={summary.actions.map((action) => ({ action, workshopId: workshop.id, workshopTitle: workshop.title, overdue: action.overdue }))} caption="Actions from this workshop" />
        </section>
      ) : null}
    </div>
  );
}
