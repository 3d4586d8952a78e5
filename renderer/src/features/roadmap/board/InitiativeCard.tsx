import { memo, type HTMLAttributes, type Ref } from 'react';
import { AlertTriangle, FlaskConical, Link2, UserRound } from 'lucide-react';
import type { Initiative } from '../../../../../shared/roadmap/initiative-schema';
import { INITIATIVE_STATUS_LABELS } from '../../../../../shared/roadmap/roadmap-reference';
import { SCHEDULING_RULE } from '../../../../../shared/roadmap/dependencies';
import { timingLabel, type Timing } from '../../../../../shared/roadmap/calendar';

/** "Q3 2026 – Q1 2027", one label when start and end agree, null when unscheduled. */
const spanLabel = (start: Timing, end: Timing): string | null => {
  if (start === null && end === null) return null;
  const from = timingLabel(start ?? end);
  const to = timingLabel(end ?? start);
  return from === to ? from : `${from} – ${to}`;
};

export interface CardFacts {
  initiative: Initiative;
  owner: string | null;
  /** Scheduling conflict messages for this card (empty when none). */
  conflicts: readonly string[];
}

interface InitiativeCardProps extends CardFacts, HTMLAttributes<HTMLDivElement> {
  cardRef?: Ref<HTMLDivElement>;
  dragging?: boolean;
  overlay?: boolean;
}

/** One initiative on the board: what it is, who owns it, where it stands. Draggable through the props it is given. */
export const InitiativeCard = memo(function InitiativeCard({ initiative, owner, conflicts, cardRef, dragging, overlay, className, ...rest }: InitiativeCardProps) {
  const summaryId = `card-summary-${initiative.id}`;
  const when = spanLabel(initiative.start, initiative.end);
  const conflictText = conflicts.length > 0 ? `${conflicts.join(' ')} Rule: ${SCHEDULING_RULE}` : null;
  return (
    <div
      ref={cardRef}
      data-card-id={initiative.id}
      className={['rm-card', `rm-card--${initiative.status}`, dragging ? 'rm-card--placeholder' : '', overlay ? 'rm-card--overlay' : '', className ?? ''].filter(Boolean).join(' ')}
      {...rest}
      aria-describedby={overlay ? undefined : [summaryId, rest['aria-describedby']].filter(Boolean).join(' ')}
    >
      <div className="rm-card__top">
        <span className={`rm-status rm-status--${initiative.status}`}>{INITIATIVE_STATUS_LABELS[initiative.status]}</span>
        {initiative.pilot.isPilot ? (
          <span className="rm-chip rm-chip--pilot" title={initiative.pilot.reviewDate ? `Test-and-learn pilot, review on ${initiative.pilot.reviewDate}` : 'Test-and-learn pilot'}>
            <FlaskConical size={11} aria-hidden="true" />
            Pilot
          </span>
        ) : null}
        {when ? <span className="rm-card__when">{when}</span> : null}
        {conflictText ? (
          <span className="rm-card__warning" title={conflictText}>
            <AlertTriangle size={13} aria-hidden="true" />
          </span>
        ) : null}
      </div>
      <p className="rm-card__title">{initiative.title}</p>
      <div className="rm-card__meta">
        <span className="rm-card__owner" title={owner ?? 'No owner yet'}>
          <UserRound size={12} aria-hidden="true" />
          {owner ?? 'No owner'}
        </span>
        <span className="rm-card__numbers">
          <span className="rm-pill" title={`Impact ${initiative.impact} of 5`}>
            I{initiative.impact}
          </span>
          <span className="rm-pill" title={`Effort ${initiative.effort} of 5`}>
            E{initiative.effort}
          </span>
          {initiative.dependsOn.length > 0 ? (
            <span className="rm-pill rm-pill--deps" title={`Depends on ${initiative.dependsOn.length} ${initiative.dependsOn.length === 1 ? 'initiative' : 'initiatives'}`}>
              <Link2 size={11} aria-hidden="true" />
              {initiative.dependsOn.length}
            </span>
          ) : null}
        </span>
      </div>
      {overlay ? null : (
        <span id={summaryId} className="visually-hidden">
          {[
            INITIATIVE_STATUS_LABELS[initiative.status],
            owner ? `owner ${owner}` : 'no owner',
            `impact ${initiative.impact}, effort ${initiative.effort}`,
            when,
            initiative.pilot.isPilot ? 'pilot' : null,
            initiative.dependsOn.length > 0 ? `${initiative.dependsOn.length} dependencies` : null,
            conflicts.length > 0 ? `Scheduling conflict: ${conflicts.join(' ')}` : null,
          ]
            .filter(Boolean)
            .join('; ')}
        </span>
      )}
    </div>
  );
});
