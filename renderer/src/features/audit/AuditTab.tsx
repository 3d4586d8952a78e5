import { useState, type FormEvent } from 'react';
import { ClipboardList, Plus, X } from 'lucide-react';
import type { SocialBusinessAudit } from '../../../../shared/assessment/social-business-audit-schema';
import type { Client } from '../../../../shared/domain/client';
import { AUDIT_BUSINESS_FUNCTIONS, SOCIAL_BUSINESS_AUDIT_GUIDE } from '../../../../shared/frameworks/builtin';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { useActions, useCairnStore } from '../../store/StoreContext';
import { RecordBar } from '../engagements/RecordBar';
import { newestFirst } from '../engagements/engagement-records';
import { useSelectedRecord } from '../engagements/useSelectedRecord';
import { CoverageMatrix } from './CoverageMatrix';
import { Button } from '../../components/Button';
import './audit.css';

export function AuditTab({ client }: { client: Client }) {
  const actions = useActions();
  const audits = newestFirst(client.audits);
  const [audit, select] = useSelectedRecord(audits);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const functionNames = client.functions.length > 0 ? client.functions.map((fn) => fn.name) : [...AUDIT_BUSINESS_FUNCTIONS];

  return (
    <div className="instrument">
      <RecordBar
        client={client}
        records={audits}
        selectedId={audit?.id ?? null}
        onSelect={select}
        onCreate={(fields) => select(actions.addAudit(client.id, { ...fields, functionNames }))}
        onDelete={() => setConfirmDelete(true)}
        noun="audit"
      />
      {!audit ? (
        <EmptyState icon={<ClipboardList size={28} />} title="No social business audit yet">
          Ask every department the same questions: who uses social, how and for what, what is missing, and how it serves the organization’s goals. Then map which function talks to which stakeholder group.
        </EmptyState>
      ) : (
        <AuditEditor key={audit.id} client={client} audit={audit} />
      )}
      {confirmDelete && audit ? (
        <ConfirmDialog
          title="Delete this audit?"
          message="All answers and the coverage matrix of this audit are removed. You can undo it with Ctrl+Z."
          confirmLabel="Delete audit"
          tone="danger"
          onCancel={() => setConfirmDelete(false)}
          onConfirm={() => {
            actions.removeAudit(client.id, audit.id);
            select(null);
            setConfirmDelete(false);
          }}
        />
      ) : null}
    </div>
  );
}

function AuditEditor({ client, audit }: { client: Client; audit: SocialBusinessAudit }) {
  const { setAuditAnswer, setAuditCoverage, addAuditFunction, removeAuditFunction, updateAudit } = useActions();
  const store = useCairnStore();
  const [current, setCurrent] = useState(audit.entries[0]?.functionName ?? null);
  const entry = audit.entries.find((candidate) => candidate.functionName === current) ?? audit.entries[0];
  const [newFunction, setNewFunction] = useState('');
  const missing = [...client.functions.map((fn) => fn.name), ...AUDIT_BUSINESS_FUNCTIONS].filter(
    (name, index, all) => all.indexOf(name) === index && !audit.entries.some((candidate) => candidate.functionName === name),
  );
  const answered = (name: string) => Object.values(audit.entries.find((candidate) => candidate.functionName === name)?.answers ?? {}).filter((text) => text.trim() !== '').length;

  const add = (event: FormEvent) => {
    event.preventDefault();
    const name = newFunction.trim();
    if (name === '') return;
    addAuditFunction(client.id, audit.id, name);
    setCurrent(name);
    setNewFunction('');
  };

  return (
    <>
      <div className="audit__layout">
        <nav className="audit__functions" aria-label="Business functions in this audit">
          <ul>
            {audit.entries.map((candidate) => (
              <li key={candidate.functionName}>
                <button
                  type="button"
                  className="audit__function"
                  aria-current={candidate.functionName === entry?.functionName ? 'true' : undefined}
                  onClick={() => setCurrent(candidate.functionName)}
                >
                  <span>{candidate.functionName}</span>
                  <span className="audit__answered" aria-label={`${answered(candidate.functionName)} of ${SOCIAL_BUSINESS_AUDIT_GUIDE.questions.length} answered`}>
                    {answered(candidate.functionName)}/{SOCIAL_BUSINESS_AUDIT_GUIDE.questions.length}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <form className="audit__add" onSubmit={add}>
            <label className="field__label" htmlFor="audit-new-function">
              Add a function
            </label>
            <input id="audit-new-function" className="input" list="audit-function-options" value={newFunction} onChange={(event) => setNewFunction(event.target.value)} placeholder="e.g. Public Relations" />
            <datalist id="audit-function-options">
              {missing.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
            <Button type="submit" disabled={newFunction.trim() === ''}>
              <Plus size={14} aria-hidden="true" />
              Add function
            </Button>
          </form>
        </nav>

        {entry ? (
          <section className="audit__answers card" aria-labelledby="audit-function-title">
            <div className="audit__answers-head">
              <h3 id="audit-function-title" className="card__title">
                {entry.functionName}
              </h3>
              <Button variant="ghost" size="small" onClick={() => removeAuditFunction(client.id, audit.id, entry.functionName)}>
                <X size={14} aria-hidden="true" />
                Remove from audit
              </Button>
            </div>
            {SOCIAL_BUSINESS_AUDIT_GUIDE.questions.map((question) => (
              <div key={question.id} className="field">
                <label className="field__label" htmlFor={`answer-${question.id}`}>
                  {question.question}
                </label>
                <textarea
                  id={`answer-${question.id}`}
                  className="textarea"
                  rows={2}
                  aria-describedby={`hint-${question.id}`}
                  value={entry.answers[question.id] ?? ''}
                  onBlur={() => store.endEditBurst()}
                  onChange={(event) => setAuditAnswer(client.id, audit.id, entry.functionName, question.id, event.target.value)}
                />
                <p id={`hint-${question.id}`} className="field__hint">
                  {question.hint}
                </p>
              </div>
            ))}
          </section>
        ) : (
          <p className="empty-hint">Add a business function to start the audit.</p>
        )}
      </div>

      <CoverageMatrix audit={audit} onToggle={(name, group, covered) => setAuditCoverage(client.id, audit.id, name, group, covered)} />

      <div className="field instrument__notes">
        <label className="field__label" htmlFor="audit-summary">
          Audit summary
        </label>
        <textarea
          id="audit-summary"
          className="textarea"
          rows={4}
          value={audit.summary}
          onBlur={() => store.endEditBurst()}
          onChange={(event) => updateAudit(client.id, audit.id, { summary: event.target.value }, 'summary')}
        />
      </div>
    </>
  );
}
