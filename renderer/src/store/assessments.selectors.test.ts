import { describe, expect, it } from 'vitest';
import { buildAssessment } from '../../../shared/assessment/assessment-builders';
import { COMMUNITY_MATURITY_MODEL } from '../../../shared/frameworks/builtin';
import type { Framework } from '../../../shared/frameworks/framework-schema';
import { aClient } from '../test/factories';
import { assessmentGroups, frameworkChoices, previousAssessment, raterColumns, resolveFramework } from './assessments.selectors';

const CMM = COMMUNITY_MATURITY_MODEL;
const custom: Framework = { ...CMM, id: 'mine', version: '2.0', name: 'Mine', builtIn: false };
const engagement = (id: string, title: string) => ({ id, title, startDate: null, endDate: null, scope: '', executiveSummary: '', status: 'active' as const, createdAt: 'x', updatedAt: 'x' });

describe('assessments selectors', () => {
  it('resolves a framework: embedded copy, built-in, library; built-ins by id when the version moved', () => {
    const client = { frameworks: [custom] };
    expect(resolveFramework(client, { frameworkId: 'mine', frameworkVersion: '2.0' })?.name).toBe('Mine');
    expect(resolveFramework(client, { frameworkId: 'cmm', frameworkVersion: '0.9.0' })?.id).toBe('cmm');
    expect(resolveFramework({ frameworks: [] }, { frameworkId: 'mine', frameworkVersion: '2.0' }, [custom])?.name).toBe('Mine');
    expect(resolveFramework({ frameworks: [] }, { frameworkId: 'gone', frameworkVersion: '1.0' })).toBeNull();
  });

  it('offers each framework version once, built-ins first', () => {
    expect(frameworkChoices([custom], { frameworks: [custom] }).map((f) => f.id)).toEqual(['cmm', 'mine']);
  });

  it('groups assessments by engagement, newest first, with overall stage and percent to target', () => {
    const client = aClient({
      engagements: [engagement('e1', 'Baseline'), engagement('e2', 'Follow-up')],
      assessments: [
        buildAssessment(CMM, { id: 'a1', engagementId: 'e1', assessedOn: '2025-01-10', rows: Array(8).fill([1, 3]) }),
        buildAssessment(CMM, { id: 'a2', engagementId: 'e2', assessedOn: '2026-01-10', rows: Array(8).fill([2, 3]) }),
        buildAssessment(CMM, { id: 'a3', engagementId: 'e1', assessedOn: '2025-06-10', rows: Array(8).fill([3, 3]) }),
      ],
    });
    const groups = assessmentGroups(client);
    expect(groups.map((group) => [group.title, group.items.map((item) => item.assessment.id)])).toEqual([
      ['Follow-up', ['a2']],
      ['Baseline', ['a3', 'a1']],
    ]);
    expect(groups[0]!.items[0]).toMatchObject({ overallStage: 2, overallStageName: 'Emergent Community', percentToTarget: 50 });
    expect(previousAssessment(client, client.assessments[1]!)?.id).toBe('a3');
    expect(previousAssessment(client, client.assessments[0]!)).toBeNull();
  });

  it('names raters, or numbers them in anonymous mode', () => {
    const assessment = { ...buildAssessment(CMM, { ratings: { zed: [1, 2], amy: [3] } }), participants: [{ id: 'p9', label: 'Flip chart' }] };
    expect(raterColumns(assessment, [{ id: 's1', name: 'Jana Berg' }]).map((column) => column.label)).toEqual(['Flip chart', 'zed', 'amy', 'Jana Berg']);
    const anonymous = { ...assessment, anonymousRatings: true };
    expect(raterColumns(anonymous, [{ id: 's1', name: 'Jana Berg' }]).map((column) => column.label)).toEqual(['Participant 3', 'Participant 2', 'Participant 1', 'Participant 4']);
  });
});
