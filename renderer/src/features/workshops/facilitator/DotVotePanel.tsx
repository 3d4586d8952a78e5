import { useMemo, useState, type KeyboardEvent } from 'react';
import { dotResults, dotsLeft, dotTargetItemIds, visibleNotes, type AgendaItem, type Workshop } from '../../../../../shared/workshop';
import { useActions } from '../../../store/StoreContext';
import type { Say } from './facilitation-context';
import { countOf } from '../../../../../shared/format/plural';
import { ListboxSelect } from './ListboxSelect';

type VoteMode = 'proxy' | 'pass';

/** What can take dots, in board order: each cluster, its notes, then the unclustered notes. Hidden notes cannot. */
function targetsOf(workshop: Workshop, item: AgendaItem) {
  const targets: { id: string; kind: 'note' | 'cluster'; label: string }[] = [];
  for (const itemId of dotTargetItemIds(item)) {
    const board = visibleNotes(workshop, itemId, { facilitatorView: false });
    for (const { cluster, notes } of board.clusters) {
      targets.push({ id: cluster.id, kind: 'cluster', label: cluster.label });
      for (const note of notes) targets.push({ id: note.id, kind: 'note', label: note.text });
    }
    for (const note of board.unclustered) targets.push({ id: note.id, kind: 'note', label: note.text });
  }
  return targets;
}

/**
 * Dot voting with a budget per person. By proxy the facilitator picks a participant and
 * places their dots; passing the laptop, each person votes on a screen that shows only
 * their own dots, then hands it on. Tallies stay hidden until the reveal.
 */
export function DotVotePanel({ clientId, workshop, item, say, onReveal }: { clientId: string; workshop: Workshop; item: AgendaItem; say: Say; onReveal: () => void }) {
  const { castDot, removeDot } = useActions();
  const [mode, setMode] = useState<VoteMode>('proxy');
  const [participantId, setParticipantId] = useState(workshop.participants[0]?.id ?? '');
  const [voting, setVoting] = useState(false);
  const targets = useMemo(() => targetsOf(workshop, item), [workshop, item]);
  const results = dotResults(workshop, item.id);
  const voter = workshop.participants.find((participant) => participant.id === participantId);
  const own = new Map(workshop.dotVotes.filter((vote) => vote.agendaItemId === item.id && vote.participantId === participantId).map((vote) => [vote.targetId, vote.dots]));
  const left = voter ? dotsLeft(workshop, item.id, voter.id) : 0;

  const place = (targetId: string) => {
    if (!voter) return say('Choose who is voting first.', 'refused');
    const outcome = castDot(clientId, workshop.id, { agendaItemId: item.id, participantId: voter.id, targetId });
    if (!outcome.ok) say(outcome.message, 'refused');
  };
  const take = (targetId: string) => {
    if (!voter) return;
    const outcome = removeDot(clientId, workshop.id, { agendaItemId: item.id, participantId: voter.id, targetId });
    if (!outcome.ok) say(outcome.message, 'refused');
  };

  const onTargetKey = (event: KeyboardEvent<HTMLLIElement>, targetId: string) => {
    const sibling = (direction: 1 | -1) => (direction === 1 ? event.currentTarget.nextElementSibling : event.currentTarget.previousElementSibling) as HTMLElement | null;
    const keys: Record<string, () => void> = {
      '+': () => place(targetId),
      '=': () => place(targetId),
      Enter: () => place(targetId),
      '-': () => take(targetId),
      Backspace: () => take(targetId),
      ArrowDown: () => sibling(1)?.focus(),
      ArrowUp: () => sibling(-1)?.focus(),
    };
    const run = keys[event.key];
    if (!run || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    event.stopPropagation();
    run();
  };

  const picker = (
    <div className="facilitator__picker">
      <span aria-hidden>{mode === 'proxy' ? 'Voting for' : 'Who has the laptop'}</span>
      <ListboxSelect
        label={mode === 'proxy' ? 'Voting for' : 'Who has the laptop'}
        value={participantId}
        options={workshop.participants.map((participant) => ({ value: participant.id, label: `${participant.name} (${dotsLeft(workshop, item.id, participant.id)} left)` }))}
        onChange={setParticipantId}
      />
    </div>
  );

  const ballot = (
    <>
      <p className="facilitator__budget" role="status" aria-live="polite">
        {voter ? (
          <>
            <strong>{voter.name}</strong>: {left} of {countOf(item.dotBudget, 'dot')} left
          </>
        ) : (
          'No participants on the list: add them while planning.'
        )}
      </p>
      {targets.length === 0 ? (
        <p className="facilitator__empty">Nothing to vote on yet: the notes of the linked brainstorm must be revealed first.</p>
      ) : (
        <ul className="facilitator__targets" aria-label="Notes and clusters to vote on">
          {targets.map((target) => (
            <li key={target.id} tabIndex={0} className="facilitator__target" data-kind={target.kind} onKeyDown={(event) => onTargetKey(event, target.id)} aria-label={`${target.label}: ${own.get(target.id) ?? 0} dots from ${voter?.name ?? 'nobody'}`}>
              <span className="facilitator__target-label">
                {target.kind === 'cluster' ? <span className="facilitator__target-kind">Cluster</span> : null}
                {target.label}
              </span>
              <span className="facilitator__dots" aria-hidden>
                {'●'.repeat(own.get(target.id) ?? 0)}
              </span>
              <button type="button" className="facilitator__tool" tabIndex={-1} onClick={() => take(target.id)} aria-label={`Remove a dot from ${target.label}`}>
                −
              </button>
              <button type="button" className="facilitator__tool" tabIndex={-1} onClick={() => place(target.id)} aria-label={`Add a dot to ${target.label}`}>
                +
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="facilitator__hint">Arrows move, + or Enter adds a dot, − or Backspace takes one back.</p>
    </>
  );

  return (
    <div className="facilitator__vote">
      <div className="facilitator__vote-head">
        <div className="facilitator__segmented" role="radiogroup" aria-label="How votes are entered">
          {(
            [
              ['proxy', 'By proxy'],
              ['pass', 'Pass the laptop'],
            ] as const
          ).map(([value, label]) => (
            <button
              key={value}
              type="button"
              role="radio"
              aria-checked={mode === value}
              className="btn facilitator__button"
              onClick={() => {
                setMode(value);
                setVoting(false);
              }}
            >
              {label}
            </button>
          ))}
        </div>
        {results ? (
          <p className="facilitator__progress">
            {countOf(results.dotsCast, 'dot')} from {results.voters} of {countOf(workshop.participants.length, 'person', 'people')} · {results.budget} each
          </p>
        ) : null}
        {results?.status === 'hidden' ? (
          <button type="button" className="btn btn--primary facilitator__button" onClick={onReveal} aria-keyshortcuts="Alt+R">
            Reveal results
          </button>
        ) : null}
      </div>
      {results?.status === 'revealed' ? (
        <DotTally tally={results.tally} />
      ) : mode === 'proxy' ? (
        <>
          {picker}
          {ballot}
        </>
      ) : voting ? (
        <>
          {ballot}
          <button type="button" className="btn btn--primary facilitator__button" onClick={() => setVoting(false)}>
            Done: hide my dots and pass the laptop on
          </button>
        </>
      ) : (
        <div className="facilitator__handover">
          <p>Pass the laptop round. Each person sees only their own dots; the results stay hidden until the reveal.</p>
          {picker}
          <button type="button" className="btn btn--primary facilitator__button" onClick={() => setVoting(true)} disabled={!voter}>
            Start voting as {voter?.name ?? '…'}
          </button>
        </div>
      )}
    </div>
  );
}

function DotTally({ tally }: { tally: { targetId: string; kind: 'note' | 'cluster'; label: string; dots: number; voters: number }[] }) {
  const most = Math.max(1, ...tally.map((entry) => entry.dots));
  return (
    <ol className="facilitator__tally" aria-label="Dot vote results">
      {tally.map((entry) => (
        <li key={entry.targetId} className="facilitator__tally-row">
          <span className="facilitator__target-label">
            {entry.kind === 'cluster' ? <span className="facilitator__target-kind">Cluster</span> : null}
            {entry.label}
          </span>
          <span className="facilitator__bar" style={{ width: `${(entry.dots / most) * 100}%` }} aria-hidden />
          <span className="facilitator__tally-dots">
            {entry.dots} {entry.dots === 1 ? 'dot' : 'dots'} · {entry.voters} {entry.voters === 1 ? 'person' : 'people'}
          </span>
        </li>
      ))}
    </ol>
  );
}
