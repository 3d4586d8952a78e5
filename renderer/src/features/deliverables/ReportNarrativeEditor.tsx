import { useMemo } from 'react';
import { ArrowDown, ArrowUp, X } from 'lucide-react';
import { REPORT_APPENDIX_SECTIONS, type ReportSection } from '../../../../shared/deliverables/deliverable-request';
import { derivedHeadline } from '../../../../shared/deliverables/narrative/headlines';
import { deriveRecommendations, RECOMMENDATION_LIMITS } from '../../../../shared/deliverables/narrative/recommendations';
import { latestEngagement, reportFacts } from '../../../../shared/deliverables/narrative/report-facts';
import { storyline } from '../../../../shared/deliverables/narrative/storyline';
import { REPORT_NARRATIVE_LIMITS, emptyReportNarrative, type Client, type ReportNarrative, type ReportRecommendation } from '../../../../shared/domain/client';
import { useActions } from '../../store/StoreContext';
import { SECTION_LABELS } from './export-choices';
import { Button } from '../../components/Button';
import { IconButton } from '../../components/IconButton';

const STORY_PARTS = [
  { key: 'situation', label: 'Situation' },
  { key: 'complication', label: 'Complication' },
  { key: 'resolution', label: 'Resolution' },
] as const;

/**
 * The report's story, edited in place: situation, complication and resolution (Cairn's
 * draft shows until the consultant writes), the recommendations (reword, reorder, drop,
 * add; the derived list until the first edit) and the headings that state each section's
 * message. Stored on the engagement; "All engagements" uses the latest engagement's.
 */
export function ReportNarrativeEditor({ client, engagementId, sections, now }: { client: Client; engagementId: string | null; sections: readonly string[]; now: string }) {
  const { updateEngagement } = useActions();
  const engagement = (engagementId ? client.engagements.find((candidate) => candidate.id === engagementId) : latestEngagement(client.engagements)) ?? null;
  const facts = useMemo(() => reportFacts({ client, engagementId, frameworks: [], generatedAt: now }), [client, engagementId, now]);
  const derived = useMemo(() => deriveRecommendations(facts), [facts]);
  if (!engagement) return null;
  const narrative: ReportNarrative = engagement.reportNarrative ?? emptyReportNarrative();
  const drafts = storyline({ ...facts, narrativeEngagement: { ...engagement, reportNarrative: emptyReportNarrative() } });
  const write = (patch: Partial<ReportNarrative>, key?: string) =>
    updateEngagement(client.id, engagement.id, { reportNarrative: { ...narrative, ...patch } }, key ? `narrative:${key}:${engagement.id}` : undefined);
  const list: ReportRecommendation[] = narrative.recommendations ?? derived.map(({ id, text, rule }) => ({ id, text, rule }));
  const setList = (next: ReportRecommendation[], key?: string) => write({ recommendations: next }, key);
  const move = (index: number, by: -1 | 1) => {
    const next = [...list];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    setList(next);
  };
  const headingSections = sections.filter((section): section is ReportSection => !REPORT_APPENDIX_SECTIONS.includes(section as ReportSection));

  return (
    <div className="report-narrative">
      {engagementId === null ? <p className="field__hint">All engagements use the story of the latest engagement, “{engagement.title}”.</p> : null}
      <fieldset className="fieldset report-narrative__group">
        <legend className="field__label">Story</legend>
        {STORY_PARTS.map((part) => {
          const written = narrative[part.key].trim() !== '';
          return (
            <div key={part.key} className="field">
              <label className="report-narrative__label" htmlFor={`narrative-${part.key}`}>
                {part.label}
                {written ? null : <span className="badge badge--warning">Draft</span>}
              </label>
              <textarea
                id={`narrative-${part.key}`}
                className="textarea"
                rows={3}
                value={narrative[part.key]}
                placeholder={drafts[part.key].text || 'Nothing to draft from yet: write your own.'}
                onChange={(event) => write({ [part.key]: event.target.value }, part.key)}
              />
            </div>
          );
        })}
        <p className="field__hint">Empty: the report prints Cairn’s draft (shown greyed) and marks it “Draft”.</p>
      </fieldset>

      <fieldset className="fieldset report-narrative__group">
        <legend className="field__label">Recommendations</legend>
        <p className="field__hint">
          {narrative.recommendations ? 'Your list, in your order.' : `Ranked by Cairn from the gaps, the roadmap and the KPI plan (${RECOMMENDATION_LIMITS.min}–${RECOMMENDATION_LIMITS.max}). Edit any to make the list yours.`}
        </p>
        <ol className="report-narrative__list">
          {list.map((item, index) => (
            <li key={item.id} className="report-narrative__item">
              <textarea
                className="textarea"
                rows={2}
                aria-label={`Recommendation ${index + 1}`}
                value={item.text}
                onChange={(event) => setList(list.map((candidate) => (candidate.id === item.id ? { ...candidate, text: event.target.value } : candidate)), `rec:${item.id}`)}
              />
              <p className="report-narrative__rule">Why here: {item.rule || 'your judgement.'}</p>
              <div className="report-narrative__tools">
                <IconButton label={`Move recommendation ${index + 1} up`} icon={<ArrowUp size={14} aria-hidden="true" />} disabled={index === 0} onClick={() => move(index, -1)} />
                <IconButton label={`Move recommendation ${index + 1} down`} icon={<ArrowDown size={14} aria-hidden="true" />} disabled={index === list.length - 1} onClick={() => move(index, 1)} />
                <IconButton label={`Drop recommendation ${index + 1}`} tone="danger" icon={<X size={14} aria-hidden="true" />} onClick={() => setList(list.filter((candidate) => candidate.id !== item.id))} />
              </div>
            </li>
          ))}
        </ol>
        <div className="report-narrative__actions">
          <Button
            disabled={list.length >= REPORT_NARRATIVE_LIMITS.recommendations}
            onClick={() => setList([...list, { id: `consultant_${crypto.randomUUID()}`, text: 'New recommendation', rule: 'Added by the consultant.' }])}
          >
            Add recommendation
          </Button>
          {narrative.recommendations ? (
            <Button variant="ghost" onClick={() => write({ recommendations: null })}>
              Back to Cairn’s ranking
            </Button>
          ) : null}
        </div>
      </fieldset>

      <fieldset className="fieldset report-narrative__group">
        <legend className="field__label">Headings</legend>
        <p className="field__hint">Each section opens with its message; empty uses the one Cairn writes from the data.</p>
        {headingSections.map((section) => (
          <div key={section} className="field">
            <label className="report-narrative__label" htmlFor={`heading-${section}`}>
              {(SECTION_LABELS.report as Record<string, string>)[section]}
            </label>
            <input
              id={`heading-${section}`}
              className="input"
              aria-label={`Heading for ${(SECTION_LABELS.report as Record<string, string>)[section]}`}
              maxLength={REPORT_NARRATIVE_LIMITS.headingChars}
              value={narrative.headings[section] ?? ''}
              placeholder={derivedHeadline(section, facts) ?? ''}
              onChange={(event) => {
                const headings = { ...narrative.headings };
                if (event.target.value.trim() === '') delete headings[section];
                else headings[section] = event.target.value;
                write({ headings }, `heading:${section}`);
              }}
            />
          </div>
        ))}
      </fieldset>
    </div>
  );
}
