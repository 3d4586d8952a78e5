import { useMemo, useState } from 'react';
import { AlertTriangle, UserPlus } from 'lucide-react';
import type { Assessment } from '../../../../shared/assessment/assessment-schema';
import type { Client } from '../../../../shared/domain/client';
import type { Framework } from '../../../../shared/frameworks/framework-schema';
import { SCORING_RULES, type Consensus } from '../../../../shared/scoring';
import { useActions } from '../../store/StoreContext';
import { consensusMap, raterColumns } from '../../store/assessments.selectors';
import { RuleNote } from './RuleNote';
import { stageLabel } from './maturity-format';
import { Button } from '../../components/Button';
import { Select } from '../../components/Select';

function Distribution({ consensus, framework }: { consensus: Consensus; framework: Framework }) {
  const max = Math.max(1, ...consensus.distribution.map((entry) => entry.count));
  const text = consensus.distribution.map((entry) => `stage ${entry.level}: ${entry.count}`).join(', ');
  return (
    <div className="distribution" role="img" aria-label={`Ratings per stage, ${text}`}>
      {consensus.distribution.map((entry) => (
        <div key={entry.level} className="distribution__col" title={`${framework.stages[entry.level - 1]?.name ?? entry.level}: ${entry.count}`}>
          <div className="distribution__track">
            <div className={`distribution__bar${entry.count > 0 ? ' has-value' : ''}`} style={{ height: `${(entry.count / max) * 100}%` }} />
          </div>
          <span className="distribution__count">{entry.count}</span>
          <span className="distribution__level">{entry.level}</span>
        </div>
      ))}
    </div>
  );
}

/** Participants' ratings per competency: distribution, proposed consensus, disagreement, official value. */
export function RatingsPanel({ client, assessment, framework }: { client: Client; assessment: Assessment; framework: Framework }) {
  const { setRating, addParticipant, updateAssessment, applyConsensus } = useActions();
  const [extraIds, setExtraIds] = useState<string[]>([]);
  const [pick, setPick] = useState('');
  const extras = client.stakeholders.filter((person) => extraIds.includes(person.id));
  const columns = raterColumns(assessment, extras);
  const consensus = useMemo(() => consensusMap(assessment, framework), [assessment, framework]);
  const ratingOf = new Map(assessment.participantRatings.map((rating) => [`${rating.participantId}\u0000${rating.competencyId}`, rating.stage]));
  const shown = new Set(columns.map((column) => column.participantId));
  const addable = client.stakeholders.filter((person) => !shown.has(person.id));
  const disagreements = framework.competencies.filter((competency) => consensus.get(competency.id)?.disagreement);
  const nameOf = (participantId: string) =>
    client.stakeholders.find((person) => person.id === participantId)?.name ?? assessment.participants.find((participant) => participant.id === participantId)?.label ?? 'Participant';

  return (
    <div>
      <div className="toolbar">
        <div className="ratings__add">
          <Button onClick={() => addParticipant(client.id, assessment.id)}>
            <UserPlus size={14} aria-hidden="true" />
            Add participant
          </Button>
          {addable.length > 0 ? (
            <form
              className="inline-form"
              onSubmit={(event) => {
                event.preventDefault();
                if (pick) setExtraIds([...extraIds, pick]);
                setPick('');
              }}
            >
              <Select aria-label="Stakeholder to add as a rater" value={pick} onChange={(event) => setPick(event.target.value)}>
                <option value="">Choose a stakeholder…</option>
                {addable.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </Select>
              <Button type="submit" disabled={!pick}>
                Add stakeholder
              </Button>
            </form>
          ) : null}
        </div>
        <label className="check">
          <input type="checkbox" checked={assessment.anonymousRatings} onChange={(event) => updateAssessment(client.id, assessment.id, { anonymousRatings: event.target.checked })} />
          Anonymous ratings
        </label>
      </div>
      {assessment.anonymousRatings ? <p className="muted ratings__note">Anonymous mode: who rated what is hidden here and in reports.</p> : null}

      <p className="visually-hidden" role="status" aria-live="polite">
        {disagreements.length === 0
          ? 'No disagreements.'
          : `Disagreement on ${disagreements.map((competency) => `${competency.name} (spread ${consensus.get(competency.id)?.spread ?? 0} stages)`).join(', ')}.`}
      </p>

      {columns.length === 0 ? (
        <p className="ratings__empty">No ratings yet. Add a participant for each person in the room, or a stakeholder, then record how each rates every competency.</p>
      ) : null}
      <div className="table-wrap">
        <table className="table ratings__table">
          <thead>
            <tr>
              <th scope="col">Competency</th>
              {columns.map((column) => (
                <th key={column.participantId} scope="col" className="ratings__rater">
                  {column.label}
                </th>
              ))}
              <th scope="col">Distribution</th>
              <th scope="col">Consensus (median)</th>
              <th scope="col">Official current</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {framework.competencies.map((competency) => {
              const entry = consensus.get(competency.id)!;
              const official = assessment.competencies.find((row) => row.competencyId === competency.id)?.currentStage ?? null;
              return (
                <tr key={competency.id} className={`table__row${entry.disagreement ? ' is-disagreement' : ''}`}>
                  <th scope="row">
                    {competency.name}
                    {entry.disagreement ? (
                      <span className="badge badge--warning ratings__flag">
                        <AlertTriangle size={12} aria-hidden="true" />
                        Disagreement · spread {entry.spread}
                      </span>
                    ) : null}
                  </th>
                  {columns.map((column) => {
                    const stage = ratingOf.get(`${column.participantId}\u0000${competency.id}`) ?? null;
                    return (
                      <td key={column.participantId}>
                        <select
                          className="select ratings__select"
                          aria-label={`${column.label}’s rating for ${competency.name}`}
                          value={stage ?? ''}
                          onChange={(event) =>
                            setRating(client.id, assessment.id, {
                              participantId: column.participantId,
                              participantLabel: nameOf(column.participantId),
                              competencyId: competency.id,
                              stage: event.target.value === '' ? null : Number(event.target.value),
                            })
                          }
                        >
                          <option value="">–</option>
                          {framework.stages.map((stageOption) => (
                            <option key={stageOption.id} value={stageOption.level}>
                              {stageOption.level}
                            </option>
                          ))}
                        </select>
                      </td>
                    );
                  })}
                  <td>
                    <Distribution consensus={entry} framework={framework} />
                  </td>
                  <td>{entry.median === null ? <span className="muted">No ratings</span> : stageLabel(framework, entry.median)}</td>
                  <td>{stageLabel(framework, official)}</td>
                  <td>
                    <Button variant="ghost"
                      disabled={entry.median === null || entry.median === official}
                      aria-label={`Use consensus for ${competency.name}`}
                      onClick={() => applyConsensus(client.id, assessment.id, competency.id)}
                    >
                      Use consensus
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <RuleNote>{SCORING_RULES.consensus}</RuleNote>
      <RuleNote>{SCORING_RULES.disagreement}</RuleNote>
    </div>
  );
}
