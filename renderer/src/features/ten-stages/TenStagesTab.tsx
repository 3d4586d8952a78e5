import { useState } from 'react';
import { Check, Milestone } from 'lucide-react';
import type { Client } from '../../../../shared/domain/client';
import { TEN_STAGES_MODEL } from '../../../../shared/frameworks/builtin';
import { deriveTenStage } from '../../../../shared/scoring/ten-stage-derivation';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { RuleNote } from '../../components/RuleNote';
import { useActions, useCairnStore } from '../../store/StoreContext';
import { RecordBar } from '../engagements/RecordBar';
import { newestFirst } from '../engagements/engagement-records';
import { useSelectedRecord } from '../engagements/useSelectedRecord';
import { OverrideForm } from './OverrideForm';
import './ten-stages.css';

const model = TEN_STAGES_MODEL;
const stageName = (level: number | null) => (level === null ? null : model.stages[level - 1]);

export function TenStagesTab({ client }: { client: Client }) {
  const actions = useActions();
  const store = useCairnStore();
  const placements = newestFirst(client.tenStagePlacements);
  const [placement, select] = useSelectedRecord(placements);
  const [confirmDelete, setConfirmDelete] = useState(false);

  return (
    <div className="instrument">
      <RecordBar
        client={client}
        records={placements}
        selectedId={placement?.id ?? null}
        onSelect={select}
        onCreate={(fields) => select(actions.addTenStagePlacement(client.id, fields))}
        onDelete={() => setConfirmDelete(true)}
        noun="placement"
      />
      {!placement ? (
        <EmptyState icon={<Milestone size={28} />} title="No placement yet">
          Place the client on the ten stages of social media business integration: tick what you observe on site, and Cairn derives the stage.
        </EmptyState>
      ) : (
        <Placement key={placement.id} clientId={client.id} placement={placement} onEndBurst={() => store.endEditBurst()} />
      )}
      {confirmDelete && placement ? (
        <ConfirmDialog
          title="Delete this placement?"
          message="Its ticked indicators, override and notes are removed. You can undo it with Ctrl+Z."
          confirmLabel="Delete placement"
          tone="danger"
          onCancel={() => setConfirmDelete(false)}
          onConfirm={() => {
            actions.removeTenStagePlacement(client.id, placement.id);
            select(null);
            setConfirmDelete(false);
          }}
        />
      ) : null}
    </div>
  );
}

function Placement({ clientId, placement, onEndBurst }: { clientId: string; placement: Client['tenStagePlacements'][number]; onEndBurst: () => void }) {
  const { setIndicatorMet, setStageOverride, updateTenStagePlacement } = useActions();
  const result = deriveTenStage(placement, model);
  const effective = stageName(result.effectiveStage);
  const derived = stageName(result.derivedStage);
  const mostlyMet = result.stages.filter((stage) => stage.mostlyMet).length;

  return (
    <>
      <section className="stage-result card" aria-labelledby="stage-result-title">
        <p className="stage-result__kicker">{result.overridden ? 'Placed by override' : 'Derived stage'}</p>
        <h3 id="stage-result-title" className="stage-result__title" aria-live="polite">
          {effective ? (
            <>
              <span className="stage-result__level">Stage {effective.level}</span> {effective.name}
            </>
          ) : (
            'No stage yet'
          )}
        </h3>
        <p className="stage-result__detail">
          {result.overridden
            ? `Derived from the indicators: ${derived ? `stage ${derived.level}, ${derived.name}` : 'no stage'}. Override reason: ${result.overrideReason ?? ''}`
            : result.derivedStage === null
              ? 'Stage 1 is not mostly met yet, so no stage is derived.'
              : `Stages 1 to ${result.derivedStage} are mostly met${mostlyMet > result.derivedStage ? `; ${mostlyMet - result.derivedStage} higher stage${mostlyMet - result.derivedStage === 1 ? ' is' : 's are'} mostly met too but wait for the ones below` : ''}.`}
        </p>
        <RuleNote>{result.rule}</RuleNote>
        <OverrideForm
          key={placement.override ? `${placement.override.stage}:${placement.override.reason}` : 'none'}
          model={model}
          override={placement.override}
          derivedStage={result.derivedStage}
          onApply={(override) => setStageOverride(clientId, placement.id, override)}
          onClear={() => setStageOverride(clientId, placement.id, null)}
        />
      </section>

      <ol className="stage-ladder" aria-label="Stages and their indicators">
        {model.stages.map((stage, index) => {
          const evidence = result.stages[index]!;
          const current = result.effectiveStage === stage.level;
          return (
            <li key={stage.id} className={`stage-step${evidence.mostlyMet ? ' stage-step--met' : ''}${current ? ' stage-step--current' : ''}`}>
              <fieldset className="stage-step__fieldset">
                <legend className="stage-step__legend">
                  <span className="stage-step__level" aria-hidden="true">
                    {evidence.mostlyMet ? <Check size={13} /> : stage.level}
                  </span>
                  <span className="stage-step__name">
                    <span className="visually-hidden">Stage {stage.level}: </span>
                    {stage.name}
                  </span>
                  <span className="stage-step__alias">{stage.alias}</span>
                  <span className={`stage-step__count${evidence.mostlyMet ? ' stage-step__count--met' : ''}`}>
                    {evidence.met} of {evidence.total} met{evidence.mostlyMet ? ' · mostly met' : ` · needs ${evidence.needed}`}
                  </span>
                </legend>
                <p className="stage-step__summary">{stage.summary}</p>
                <ul className="stage-step__indicators">
                  {stage.indicators.map((indicator) => (
                    <li key={indicator.id}>
                      <label className="check indicator">
                        <input
                          type="checkbox"
                          checked={placement.indicatorsMet[indicator.id] === true}
                          onChange={(event) => setIndicatorMet(clientId, placement.id, indicator.id, event.target.checked)}
                        />
                        <span>{indicator.text}</span>
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            </li>
          );
        })}
      </ol>

      <div className="field instrument__notes">
        <label className="field__label" htmlFor="placement-notes">
          Placement notes
        </label>
        <textarea
          id="placement-notes"
          className="textarea"
          rows={4}
          value={placement.notes}
          onBlur={onEndBurst}
          onChange={(event) => updateTenStagePlacement(clientId, placement.id, { notes: event.target.value }, 'notes')}
        />
      </div>
    </>
  );
}
