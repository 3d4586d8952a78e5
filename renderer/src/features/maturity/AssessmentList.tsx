import type { EngagementGroup } from '../../store/assessments.selectors';
import { useFormat } from '../../components/useFormat';

/** The client's assessments newest first, grouped by engagement. */
export function AssessmentList({ groups, selectedId, onSelect }: { groups: EngagementGroup[]; selectedId: string | null; onSelect: (id: string) => void }) {
  const format = useFormat();
  return (
    <nav aria-label="Assessments">
      {groups.map((group) => (
        <section key={group.engagementId} className="assessment-list__group" aria-label={`Engagement ${group.title}`}>
          <h3 className="assessment-list__engagement">{group.title}</h3>
          <ul className="assessment-list__items">
            {group.items.map(({ assessment, framework, overallStage, overallStageName, percentToTarget }) => (
              <li key={assessment.id}>
                <button
                  type="button"
                  className="assessment-list__item"
                  aria-current={assessment.id === selectedId ? 'true' : undefined}
                  onClick={() => onSelect(assessment.id)}
                >
                  <span className="assessment-list__title">{assessment.title}</span>
                  <span className="assessment-list__meta">
                    {format.date(assessment.assessedOn)} · {framework ? `${framework.name} ${framework.version}` : `${assessment.frameworkId} ${assessment.frameworkVersion} (missing)`}
                  </span>
                  <span className="assessment-list__scores">
                    <span className="assessment-list__stage">{overallStage === null ? 'No stage yet' : `Stage ${overallStage} · ${overallStageName ?? ''}`}</span>
                    <span>{format.percent(percentToTarget)} to target</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
