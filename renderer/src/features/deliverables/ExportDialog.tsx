import { useEffect, useMemo, useState } from 'react';
import type { Client } from '../../../../shared/domain/client';
import type { DeliverableRequest } from '../../../../shared/deliverables/deliverable-request';
import type { ExportPreview } from '../../../../shared/ipc/contract-exports';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { useActions } from '../../store/StoreContext';
import { ALL_SECTIONS, SECTION_LABELS, type ExportFormat } from './export-choices';
import { deliverableFileName } from './export-file-name';
import { ExportProgressBar } from './ExportProgressBar';
import { PdfPreview } from './PdfPreview';
import { useExportChoices } from './useExportChoices';
import { ReportNarrativeEditor } from './ReportNarrativeEditor';
import { latestEngagement } from '../../../../shared/deliverables/narrative/report-facts';
import { useExportJob } from './useExportJob';
import { WorkbookPreview } from './WorkbookPreview';
import { Button } from '../../components/Button';
import { Select } from '../../components/Select';

const FORMATS: { value: ExportFormat; label: string; hint: string }[] = [
  { value: 'report', label: 'PDF report', hint: 'Branded report with cover, contents and charts' },
  { value: 'workbook', label: 'Excel workbook', hint: 'One sheet per topic, ready to filter and edit' },
];

/** The engagement an export starts with: the active one, else the latest. */
function initialEngagement(client: Client): string | null {
  const active = client.engagements.filter((engagement) => engagement.status === 'active');
  return (active.at(-1) ?? client.engagements.at(-1))?.id ?? null;
}

/**
 * Export a client's deliverable: choose the format, engagement and sections, write the
 * executive summary, look at a preview, then save. Building happens in main, off the UI thread.
 */
export function ExportDialog({ client, onClose, clock = () => new Date() }: { client: Client; onClose: () => void; clock?: () => Date }) {
  const api = useApi();
  const { updateEngagement } = useActions();
  const [format, setFormat] = useState<ExportFormat>('report');
  const [engagementId, setEngagementId] = useState<string | null>(() => initialEngagement(client));
  const [sections, setSections] = useState<string[]>(() => [...ALL_SECTIONS.report]);
  const remembered = useExportChoices((choices) => {
    setFormat(choices.format);
    setSections(remembered.sectionsFor(choices.format));
  });
  const [preview, setPreview] = useState<ExportPreview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const job = useExportJob();
  const engagement = client.engagements.find((candidate) => candidate.id === engagementId) ?? null;
  // The consultant's narrative is used whatever the filter: "All engagements" reads the latest engagement's.
  const narrativeEngagement = engagement ?? latestEngagement(client.engagements);
  const [now] = useState(() => clock().toISOString());
  const running = job.state.phase === 'running';

  const request = useMemo(
    () => ({ kind: format, clientId: client.id, engagementId: engagement?.id ?? null, sections }) as DeliverableRequest,
    [format, client.id, engagement?.id, sections],
  );
  // A preview shows exactly what would be saved; any change of choice makes it stale.
  useEffect(() => {
    setPreview(null);
    setPreviewError(null);
  }, [request]);

  const chooseFormat = (next: ExportFormat) => {
    setFormat(next);
    const nextSections = remembered.sectionsFor(next);
    setSections(nextSections);
    remembered.remember(next, nextSections);
    job.reset();
  };
  const toggle = (section: string, on: boolean) => {
    const next = ALL_SECTIONS[format].filter((candidate) => (candidate === section ? on : sections.includes(candidate)));
    setSections(next);
    remembered.remember(format, next);
  };
  const noSheets = format === 'workbook' && sections.length === 0;

  const makePreview = async () => {
    setPreview(null);
    setPreviewError(null);
    const status = await job.run(request, null);
    if (status?.state !== 'done') return;
    const result = await api.readExportPreview({ jobId: status.jobId });
    if (result.ok) setPreview(result.value);
    else setPreviewError(result.error.message);
  };

  const save = async () => {
    const extension = format === 'workbook' ? 'xlsx' : 'pdf';
    const defaultName = deliverableFileName({ client: client.name, subject: engagement?.title ?? null, date: clock(), extension });
    const chosen = await api.chooseSaveFile({ kind: extension, defaultName });
    if (!chosen.ok) {
      setPreviewError(chosen.error.message);
      return;
    }
    if (chosen.value) await job.run(request, chosen.value);
  };

  const footer = (
    <>
      <ExportProgressBar state={job.state} onCancel={() => void job.cancel()} />
      <Button onClick={onClose}>
        {job.state.phase === 'done' && job.state.purpose?.kind === 'save' ? 'Done' : 'Close'}
      </Button>
      <Button variant="primary" disabled={running || noSheets} onClick={() => void save()}>
        Save…
      </Button>
    </>
  );

  return (
    <Dialog title={`Export ${client.name}`} description="A deliverable for the client, built from what Cairn holds now." onClose={onClose} size="large" footer={footer}>
      <div className="export-dialog">
        <div className="export-dialog__options">
          <fieldset className="fieldset">
            <legend className="field__label">Format</legend>
            <div className="export-formats" role="radiogroup" aria-label="Format">
              {FORMATS.map((option) => (
                <label key={option.value} className={`export-format${format === option.value ? ' export-format--chosen' : ''}`}>
                  <input type="radio" name="export-format" value={option.value} checked={format === option.value} disabled={running} onChange={() => chooseFormat(option.value)} />
                  <span className="export-format__label">{option.label}</span>
                  <span className="export-format__hint">{option.hint}</span>
                </label>
              ))}
            </div>
          </fieldset>

          <div className="field">
            <label className="field__label" htmlFor="export-engagement">
              Engagement
            </label>
            <Select id="export-engagement" value={engagementId ?? ''} disabled={running} onChange={(event) => setEngagementId(event.target.value === '' ? null : event.target.value)}>
              <option value="">All engagements</option>
              {client.engagements.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.title}
                </option>
              ))}
            </Select>
          </div>

          <fieldset className="fieldset">
            <legend className="field__label">{format === 'workbook' ? 'Sheets' : 'Sections'}</legend>
            <div className="export-sections">
              {ALL_SECTIONS[format].map((section) => (
                <label key={section} className="check">
                  <input type="checkbox" checked={sections.includes(section)} disabled={running} onChange={(event) => toggle(section, event.target.checked)} />
                  <span>{(SECTION_LABELS[format] as Record<string, string>)[section]}</span>
                </label>
              ))}
            </div>
            {noSheets ? <p className="field__error">Choose at least one sheet.</p> : null}
          </fieldset>

          {format === 'report' && narrativeEngagement ? (
            <div className="field">
              <label className="field__label" htmlFor="export-summary">
                Executive summary text
              </label>
              <textarea
                id="export-summary"
                className="textarea"
                rows={5}
                value={narrativeEngagement.executiveSummary}
                placeholder="Your own words, opening the report; the story, recommendations and key findings follow."
                onChange={(event) => updateEngagement(client.id, narrativeEngagement.id, { executiveSummary: event.target.value }, `executive-summary:${narrativeEngagement.id}`)}
              />
              <p className="field__hint">Saved with the engagement{engagement ? '' : ` “${narrativeEngagement.title}”, the latest`}.</p>
            </div>
          ) : null}
          {format === 'report' ? <ReportNarrativeEditor client={client} engagementId={engagement?.id ?? null} sections={sections} now={now} /> : null}
        </div>

        <section className="export-dialog__preview" aria-label="Preview">
          <div className="export-dialog__preview-bar">
            <h3 className="export-dialog__preview-title">Preview</h3>
            <Button disabled={running || noSheets} onClick={() => void makePreview()}>
              {preview ? 'Refresh preview' : 'Preview'}
            </Button>
          </div>
          {previewError ? (
            <p className="field__error" role="alert">
              {previewError}
            </p>
          ) : null}
          {preview?.kind === 'pdf' ? <PdfPreview base64={preview.base64} /> : null}
          {preview?.kind === 'workbook' ? <WorkbookPreview sheets={preview.sheets} /> : null}
          {!preview && !previewError ? <p className="export-dialog__empty">See the {format === 'workbook' ? 'sheets' : 'pages'} before saving.</p> : null}
        </section>
      </div>
    </Dialog>
  );
}
