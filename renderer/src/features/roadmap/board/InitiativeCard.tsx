import { memo, type HTMLAttributes, type Ref } from 'react';
import { AlertTriangle, FlaskConical, Link2, UserRound } from 'lucide-react';
import { INITIATIVE_STATUS_LABELS } from '../../../../../shared/roadmap/roadmap-reference';
import { SCHEDULING_RULE } from '../../../../../shared/roadmap/dependencies';
import type { CardView } from './board.selectors';

/** The id of the hidden summary a card's button is described by. */
export const cardSummaryId = (id: string) => `card-summary-${id}`;

/** The class list of a card's outer element. */
export const cardClassName = (card: CardView, state: { dragging?: boolean; overlay?: boolean } = {}) =>
  ['rm-card', `rm-card--${card.status}`, state.dragging ? 'rm-card--placeholder' : '', state.overlay ? 'rm-card--overlay' : ''].filter(Boolean).join(' ');

/**
 * What a card shows: status, pilot, timing, title, owner, impact, effort, dependencies, and a
 * hidden summary for screen readers. Memoized on its view, which only changes when one of
 * these does, so the drag wrapper around it can re-render without redrawing it.
 */
export const CardContent = memo(function CardContent({ card, overlay = false }: { card: CardView; overlay?: boolean }) {
  const conflictText = card.conflicts.length > 0 ? `${card.conflicts.join(' ')} Rule: ${SCHEDULING_RULE}` : null;
  const dependencies = card.dependencyCount;
  return (
    <>
      <div className="rm-card__top">
        <span className={`rm-status rm-status--${card.status}`}>{INITIATIVE_STATUS_LABELS[card.status]}</span>
        {card.pilot ? (
          <span className="rm-chip rm-chip--pilot" title={card.reviewDate ? `Test-and-learn pilot, review on ${card.reviewDate}` : 'Test-and-learn pilot'}>
            <FlaskConical size={11} aria-hidden="true" />
            Pilot
          </span>
        ) : null}
        {card.when ? <span className="rm-card__when">{card.when}</span> : null}
        {conflictText ? (
          <span className="rm-card__warning" title={conflictText}>
            <AlertTriangle size={13} aria-hidden="true" />
          </span>
        ) : null}
      </div>
      <p className="rm-card__title">{card.title}</p>
      <div className="rm-card__meta">
        <span className="rm-card__owner" title={card.owner ?? 'No owner yet'}>
          <UserRound size={12} aria-hidden="true" />
          {card.owner ?? 'No owner'}
        </span>
        <span className="rm-card__numbers">
          <span className="rm-pill" title={`Impact ${card.impact} of 5`}>
            I{card.impact}
          </span>
          <span className="rm-pill" title={`Effort ${card.effort} of 5`}>
            E{card.effort}
          </span>
          {dependencies > 0 ? (
            <span className="rm-pill" title={`Depends on ${dependencies} ${dependencies === 1 ? 'initiative' : 'initiatives'}`}>
              <Link2 size={11} aria-hidden="true" />
              {dependencies}
            </span>
          ) : null}
        </span>
      </div>
      {overlay ? null : (
        <span id={cardSummaryId(card.id)} className="visually-hidden">
          {[
            INITIATIVE_STATUS_LABELS[card.status],
            card.owner ? `owner ${card.owner}` : 'no owner',
            `impact ${card.impact}, effort ${card.effort}`,
            card.when,
            card.pilot ? 'pilot' : null,
            dependencies > 0 ? `${dependencies} dependencies` : null,
            card.conflicts.length > 0 ? `Scheduling conflict: ${card.conflicts.join(' ')}` : null,
          ]
            .filter(Boolean)
            .join('; ')}
        </span>
      )}
    </>
  );
});

interface InitiativeCardProps extends HTMLAttributes<HTMLDivElement> {
  card: CardView;
  cardRef?: Ref<HTMLDivElement>;
  dragging?: boolean;
  overlay?: boolean;
}

/** One initiative on the board (or under the pointer while dragged): its outer element around the memoized content. */
export function InitiativeCard({ card, cardRef, dragging, overlay, className, ...rest }: InitiativeCardProps) {
  return (
    <div
      ref={cardRef}
      data-card-id={overlay ? undefined : card.id}
      className={[cardClassName(card, { dragging, overlay }), className ?? ''].filter(Boolean).join(' ')}
      {...rest}
      aria-describedby={overlay ? undefined : [cardSummaryId(card.id), rest['aria-describedby']].filter(Boolean).join(' ')}
    >
      <CardContent card={card} overlay={overlay} />
    </div>
  );
}
