import { useState } from 'react';
import { UserPlus, X } from 'lucide-react';
import type { Client } from '../../../../shared/domain/client';
import { countOf } from '../../../../shared/format/plural';
import { participantFootprint, type Workshop, type WorkshopParticipant } from '../../../../shared/workshop';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useActions } from '../../store/StoreContext';
import type { FacilitationOutcome } from '../../store/facilitation.slice';
import { Button } from '../../components/Button';
import { Select } from '../../components/Select';
import { IconButton } from '../../components/IconButton';

/** Who is in the room: stakeholders picked from the client's list, and ad-hoc names. */
export function ParticipantsEditor({ client, workshop, report }: { client: Client; workshop: Workshop; report: (outcome: FacilitationOutcome) => FacilitationOutcome }) {
  const { addWorkshopParticipant, removeWorkshopParticipant } = useActions();
  const [name, setName] = useState('');
  const [leaving, setLeaving] = useState<WorkshopParticipant | null>(null);
  const invited = new Set(workshop.participants.flatMap((participant) => (participant.stakeholderId ? [participant.stakeholderId] : [])));
  const available = client.stakeholders.filter((stakeholder) => !invited.has(stakeholder.id)).sort((a, b) => a.name.localeCompare(b.name));

  const addStakeholder = (id: string) => {
    const stakeholder = client.stakeholders.find((candidate) => candidate.id === id);
    if (stakeholder) report(addWorkshopParticipant(client.id, workshop.id, { stakeholderId: stakeholder.id, name: stakeholder.name, role: stakeholder.title }));
  };
  // A guest who wrote or voted is removed after a confirmation saying what happens to it (Ctrl+Z undoes).
  const remove = (participant: WorkshopParticipant) => {
    const footprint = participantFootprint(workshop, participant.id);
    if (participant.stakeholderId === null && footprint.notes + footprint.dots + footprint.ratings > 0) setLeaving(participant);
    else report(removeWorkshopParticipant(client.id, workshop.id, participant.id));
  };
  const leavingFootprint = leaving ? participantFootprint(workshop, leaving.id) : null;
  const addGuest = () => {
    if (report(addWorkshopParticipant(client.id, workshop.id, { stakeholderId: null, name })).ok) setName('');
  };

  return (
    <section className="card workshop-card" aria-labelledby="workshop-participants-title">
      <h3 id="workshop-participants-title" className="workshop-card__title">
        Participants <span className="workshop-card__count">{workshop.participants.length}</span>
      </h3>
      {workshop.participants.length === 0 ? <p className="workshop-card__empty">Nobody invited yet.</p> : null}
      <ul className="participant-list" aria-label="Participants">
        {workshop.participants.map((participant) => (
          <li key={participant.id} className="participant-list__item">
            <span className="participant-list__name">
              {participant.name}
              <span className="participant-list__role">{participant.stakeholderId ? participant.role || 'Stakeholder' : participant.role || 'Guest'}</span>
            </span>
            <IconButton label={`Remove ${participant.name}`} tone="danger" icon={<X size={14} aria-hidden="true" />} title="Remove from the workshop" onClick={() => remove(participant)} />
          </li>
        ))}
      </ul>
      <Select aria-label="Add a stakeholder" value="" onChange={(event) => addStakeholder(event.target.value)} disabled={available.length === 0}>
        <option value="">{available.length === 0 ? 'Every stakeholder is invited' : 'Add a stakeholder…'}</option>
        {available.map((stakeholder) => (
          <option key={stakeholder.id} value={stakeholder.id}>
            {stakeholder.name}
            {stakeholder.title ? ` · ${stakeholder.title}` : ''}
          </option>
        ))}
      </Select>
      <form
        className="participant-list__guest"
        onSubmit={(event) => {
          event.preventDefault();
          addGuest();
        }}
      >
        <input className="input" aria-label="Guest name" placeholder="Someone else: type a name" value={name} onChange={(event) => setName(event.target.value)} />
        <Button type="submit" disabled={name.trim() === ''}>
          <UserPlus size={14} aria-hidden="true" />
          Add guest
        </Button>
      </form>
      {leaving && leavingFootprint ? (
        <ConfirmDialog
          title={`Remove ${leaving.name}?`}
          message={leavingMessage(leavingFootprint)}
          confirmLabel={`Remove ${leaving.name}`}
          tone="danger"
          onCancel={() => setLeaving(null)}
          onConfirm={() => {
            report(removeWorkshopParticipant(client.id, workshop.id, leaving.id));
            setLeaving(null);
          }}
        />
      ) : null}
    </section>
  );
}

/** What removing a guest does to what they left: said before it happens. */
function leavingMessage({ notes, dots, ratings }: { notes: number; dots: number; ratings: number }): string {
  const kept = notes > 0 ? `${notes === 1 ? 'Their note stays' : `Their ${countOf(notes, 'note')} stay`}, without a name.` : '';
  const gone = [dots > 0 ? countOf(dots, 'dot') : '', ratings > 0 ? countOf(ratings, 'rating') : ''].filter(Boolean).join(' and ');
  return [kept, gone ? `Their ${gone} ${dots + ratings === 1 ? 'is' : 'are'} withdrawn.` : '', 'Ctrl+Z brings everything back.'].filter(Boolean).join(' ');
}
