import { useState, type KeyboardEvent } from 'react';
import type { Client } from '../../../../../shared/domain/client';
import { maturityVoteResults, type AgendaItem, type Workshop } from '../../../../../shared/workshop';
import { useActions, useCairn } from '../../../store/StoreContext';
import { facilitationFramework } from '../../../store/facilitation.slice';
import type { Say } from './facilitation-context';
import { ListboxSelect } from './ListboxSelect';
import { countOf } from '../../../../../shared/format/plural';

/**
 * Maturity voting: each participant places each competency on a stage (number keys on a
 * row). Before the reveal the room sees only how many have voted; after it, the spread per
 * competency. Finishing the item (or "Send to assessment") writes the ratings into the
 * engagement's assessment.
 */
export function MaturityVotePanel({ client, workshop, item, say, onReveal }: { client: Client; workshop: Workshop; item: AgendaItem; say: Say; onReveal: () => void }) {
  const library = useCairn((state) => state.frameworkLibrary);
  const { setMaturityVote, sendRatingsToAssessment } = useActions();
  const framework = facilitationFramework(client, workshop, library);
  const [participantId, setParticipantId] = useState(workshop.participants[0]?.id ?? '');
  const voter = workshop.participants.find((participant) => participant.id === participantId);
  const competencies = framework.competencies.filter((competency) => item.linkedTo.includes(competency.id));
  const results = maturityVoteResults(workshop, item.id, framework);
  const own = new Map(workshop.maturityVotes.filter((vote) => vote.agendaItemId === item.id && vote.participantId === participantId).map((vote) => [vote.competencyId, vote.stage]));

  const rate = (competencyId: string, stage: number | null) => {
    if (!voter) return say('Choose who is rating first.', 'refused');
    const outcome = setMaturityVote(client.id, workshop.id, { agendaItemId: item.id, participantId: voter.id, competencyId, stage });
    if (!outcome.ok) say(outcome.message, 'refused');
  };

  const onRowKey = (event: KeyboardEvent<HTMLDivElement>, competencyId: string) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const row = event.currentTarget;
    const level = Number(event.key);
    let handled = true;
    if (/^[1-9]$/.test(event.key) && level <= framework.stages.length) rate(competencyId, level);
    else if (event.key === '0' || event.key === 'Backspace' || event.key === 'Delete') rate(competencyId, null);
    else if (event.key === 'ArrowDown') (row.nextElementSibling as HTMLElement | null)?.focus();
    else if (event.key === 'ArrowUp') (row.previousElementSibling as HTMLElement | null)?.focus();
    else if (event.key === 'Enter' && row.nextElementSibling) (row.nextElementSibling as HTMLElement).focus();
    else handled = false;
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const send = () => {
    const outcome = sendRatingsToAssessment(client.id, workshop.id, item.id);
    say(outcome.ok ? 'Ratings sent to the engagement’s assessment (Maturity tab).' : outcome.message, outcome.ok ? 'info' : 'refused');
  };

  return (
    <div className="facilitator__vote">
      <div className="facilitator__vote-head">
        <div className="facilitator__picker">
          <span aria-hidden>Rating for</span>
          <ListboxSelect label="Rating for" value={participantId} options={workshop.participants.map((participant) => ({ value: participant.id, label: participant.name }))} onChange={setParticipantId} />
        </div>
        {results ? (
          <p className="facilitator__progress">
            {countOf(results.votesCast, 'rating')} from {results.participantsVoted} of {countOf(workshop.participants.length, 'person', 'people')}
          </p>
        ) : null}
        {results?.status === 'hidden' ? (
          <button type="button" className="btn btn--primary facilitator__button" onClick={onReveal} aria-keyshortcuts="Alt+R">
            Reveal results
          </button>
        ) : null}
        <button type="button" className="btn facilitator__button" onClick={send}>
          Send to assessment
        </button>
      </div>
      <p className="facilitator__hint">
        On a row, press the stage number ({framework.stages.map((stage) => `${stage.level} ${stage.name}`).join(', ')}); 0 clears; arrows move between competencies.
      </p>
      <div className="facilitator__ratings" role="group" aria-label={voter ? `Ratings of ${voter.name}` : 'Ratings'}>
        {competencies.map((competency) => {
          const stage = own.get(competency.id) ?? null;
          return (
            <div
              key={competency.id}
              className="facilitator__rating-row"
              tabIndex={0}
              aria-label={`${competency.name}: ${stage === null ? 'not rated' : `stage ${stage}, ${framework.stages[stage - 1]?.name ?? ''}`}`}
              onKeyDown={(event) => onRowKey(event, competency.id)}
            >
              <span className="facilitator__rating-name">{competency.name}</span>
              <span className="facilitator__stages" aria-hidden>
                {framework.stages.map((entry) => (
                  <button key={entry.id} type="button" tabIndex={-1} className="facilitator__stage-button" data-on={stage === entry.level || undefined} onClick={() => rate(competency.id, entry.level)} title={entry.name}>
                    {entry.level}
                  </button>
                ))}
              </span>
            </div>
          );
        })}
      </div>
      {results?.status === 'revealed' ? (
        <div className="facilitator__distribution" aria-label="Distribution of ratings">
          {results.competencies.map((competency) => {
            const most = Math.max(1, ...competency.distribution.map((entry) => entry.count));
            return (
              <figure key={competency.competencyId} className="facilitator__dist">
                <figcaption>
                  {competency.name}: {competency.median === null ? 'no ratings' : `median ${competency.median}`}
                  {competency.disagreement ? ' · the room disagrees' : ''}
                </figcaption>
                <div className="facilitator__dist-bars">
                  {competency.distribution.map((entry) => (
                    <span key={entry.level} className="facilitator__dist-bar" title={`Stage ${entry.level}: ${entry.count}`}>
                      <span style={{ height: `${(entry.count / most) * 100}%` }} />
                      <small>
                        {entry.level}: {entry.count}
                      </small>
                    </span>
                  ))}
                </div>
              </figure>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
