import { useState } from 'react';
import { Footprints } from 'lucide-react';
import type { MoveProgress, StageOneDiagnosis } from '../../../../shared/assessment/stage-one-diagnosis-schema';
import type { Client } from '../../../../shared/domain/client';
import { STAGE_ONE_GUIDE } from '../../../../shared/frameworks/builtin';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { useActions, useCairnStore } from '../../store/StoreContext';
import { RecordBar } from '../engagements/RecordBar';
import { newestFirst } from '../engagements/engagement-records';
import { useSelectedRecord } from '../engagements/useSelectedRecord';
import { MoveCard } from './MoveCard';
import './first-moves.css';

const blankMove = (moveId: string): MoveProgress => ({ moveId, ownerStakeholderId: null, ownerText: '', status: 'not-started', notes: '' });

export function FirstMovesTab({ client }: { client: Client }) {
  const actions = useActions();
  const diagnoses = newestFirst(client.stageOneDiagnoses);
  const [diagnosis, select] = useSelectedRecord(diagnoses);
  const [confirmDelete, setConfirmDelete] = useState(false);
  return (
    <div className="instrument">
      <RecordBar
        client={client}
        records={diagnoses}
        selectedId={diagnosis?.id ?? null}
        onSelect={select}
        onCreate={(fields) => select(actions.addStageOneDiagnosis(client.id, fields))}
        onDelete={() => setConfirmDelete(true)}
        noun="diagnosis"
      />
      {!diagnosis ? (
        <EmptyState icon={<Footprints size={28} />} title="No stage-1 diagnosis yet">
          Check which signs of stage 1 (Hierarchy) you see at the client, then track the six moves that take it to Emergent Community.
        </EmptyState>
      ) : (
        <Diagnosis key={diagnosis.id} client={client} diagnosis={diagnosis} />
      )}
      {confirmDelete && diagnosis ? (
        <ConfirmDialog
          title="Delete this diagnosis?"
          message="The observed signs and the progress on the six moves are removed. You can undo it with Ctrl+Z."
          confirmLabel="Delete diagnosis"
          tone="danger"
          onCancel={() => setConfirmDelete(false)}
          onConfirm={() => {
            actions.removeStageOneDiagnosis(client.id, diagnosis.id);
            select(null);
            setConfirmDelete(false);
          }}
        />
      ) : null}
    </div>
  );
}

function Diagnosis({ client, diagnosis }: { client: Client; diagnosis: StageOneDiagnosis }) {
  const { setSignObservation, updateMove, updateStageOneDiagnosis } = useActions();
  const store = useCairnStore();
  const endBurst = () => store.endEditBurst();
  const observed = STAGE_ONE_GUIDE.signs.filter((sign) => diagnosis.signs[sign.id]?.observed).length;
  const progressOf = (moveId: string) => diagnosis.moves.find((move) => move.moveId === moveId) ?? blankMove(moveId);
  const done = STAGE_ONE_GUIDE.moves.filter((move) => progressOf(move.id).status === 'done').length;
  const started = STAGE_ONE_GUIDE.moves.filter((move) => progressOf(move.id).status === 'in-progress').length;
  const total = STAGE_ONE_GUIDE.moves.length;

  return (
    <>
      <section className="card" aria-labelledby="signs-title">
        <h3 id="signs-title" className="card__title">
          Signs of stage 1 <span className="muted">· {observed} of {STAGE_ONE_GUIDE.signs.length} observed</span>
        </h3>
        <p className="card__hint">Tick what you saw or heard on site, and note the example that convinced you.</p>
        <ul className="signs__list">
          {STAGE_ONE_GUIDE.signs.map((sign) => {
            const observation = diagnosis.signs[sign.id] ?? { observed: false, note: '' };
            return (
              <li key={sign.id} className={`sign${observation.observed ? ' sign--observed' : ''}`}>
                <label className="check sign__check">
                  <input type="checkbox" checked={observation.observed} onChange={(event) => setSignObservation(client.id, diagnosis.id, sign.id, { observed: event.target.checked })} />
                  <span>{sign.text}</span>
                </label>
                <input
                  className="input sign__note"
                  aria-label={`Note: ${sign.text}`}
                  placeholder="Example or source"
                  value={observation.note}
                  onBlur={endBurst}
                  onChange={(event) => setSignObservation(client.id, diagnosis.id, sign.id, { note: event.target.value }, 'note')}
                />
              </li>
            );
          })}
        </ul>
      </section>

      <section className="moves" aria-labelledby="moves-title">
        <div className="moves__head">
          <h3 id="moves-title" className="section-title">
            Six moves to stage 2
          </h3>
          <p className="moves__summary" aria-live="polite">
            <strong>
              {done} of {total} moves done
            </strong>
            {started > 0 ? `, ${started} in progress` : ''}
          </p>
        </div>
        <div className="progress" role="progressbar" aria-label="Moves done" aria-valuemin={0} aria-valuemax={total} aria-valuenow={done} aria-valuetext={`${done} of ${total} moves done`}>
          {STAGE_ONE_GUIDE.moves.map((move) => (
            <span key={move.id} className={`progress__step progress__step--${progressOf(move.id).status}`} />
          ))}
        </div>
        <div className="moves__list">
          {STAGE_ONE_GUIDE.moves.map((move, index) => (
            <MoveCard
              key={move.id}
              index={index}
              move={move}
              progress={progressOf(move.id)}
              stakeholders={client.stakeholders}
              onEndBurst={endBurst}
              onChange={(patch, coalesceKey) => updateMove(client.id, diagnosis.id, move.id, patch, coalesceKey)}
            />
          ))}
        </div>
      </section>

      <div className="field instrument__notes">
        <label className="field__label" htmlFor="diagnosis-notes">
          Diagnosis notes
        </label>
        <textarea
          id="diagnosis-notes"
          className="textarea"
          rows={3}
          value={diagnosis.notes}
          onBlur={endBurst}
          onChange={(event) => updateStageOneDiagnosis(client.id, diagnosis.id, { notes: event.target.value }, 'notes')}
        />
      </div>
    </>
  );
}
