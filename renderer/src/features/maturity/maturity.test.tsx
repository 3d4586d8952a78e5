import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { buildAssessment } from '../../../../shared/assessment/assessment-builders';
import { COMMUNITY_MATURITY_MODEL } from '../../../../shared/frameworks/builtin';
import { renderApp } from '../../test/render-app';
import { aClient, aStakeholder } from '../../test/factories';

const CMM = COMMUNITY_MATURITY_MODEL;
const engagement = { id: 'e1', title: 'Baseline 2025', startDate: '2025-11-01', endDate: null, scope: '', executiveSummary: '', status: 'active' as const, createdAt: 'x', updatedAt: 'x' };

async function openMaturity(overrides: Parameters<typeof aClient>[0] = {}, others: ReturnType<typeof aClient>[] = []) {
  const app = await renderApp({ clients: [aClient({ id: 'nord', ...overrides }), ...others] });
  await app.user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
  await app.user.click(screen.getByRole('tab', { name: /^Maturity/ }));
  return app;
}

describe('maturity tab', () => {
  it('creates a first assessment, creating the engagement inline when the client has none', async () => {
    const { user, store } = await openMaturity();
    await user.click(screen.getByRole('button', { name: 'New assessment' }));
    const dialog = screen.getByRole('dialog', { name: 'New assessment' });
    expect(within(dialog).getByLabelText('Framework')).toHaveDisplayValue('Community Maturity Model 1.0.0');
    await user.clear(within(dialog).getByLabelText('New engagement title'));
    await user.type(within(dialog).getByLabelText('New engagement title'), 'Kick-off');
    await user.clear(within(dialog).getByLabelText('Title'));
    await user.type(within(dialog).getByLabelText('Title'), 'Workshop baseline');
    await user.click(within(dialog).getByRole('button', { name: 'Create assessment' }));
    const doc = store.getState().docs['nord']!;
    expect(doc.engagements.map((item) => item.title)).toEqual(['Kick-off']);
    expect(doc.assessments[0]).toMatchObject({ title: 'Workshop baseline', engagementId: doc.engagements[0]!.id, frameworkId: 'cmm' });
    expect(screen.getByRole('heading', { level: 2, name: 'Workshop baseline' })).toBeInTheDocument();
  });

  it('sets stages with digits, arrows and Delete, and jumps competencies with Alt+↓', async () => {
    const { user, store } = await openMaturity({ engagements: [engagement], assessments: [buildAssessment(CMM, { id: 'a1', engagementId: 'e1' })] });
    const strategy = screen.getByRole('radiogroup', { name: 'Current stage for Strategy' });
    within(strategy).getAllByRole('radio')[0]!.focus();
    await user.keyboard('3');
    expect(within(strategy).getByRole('radio', { name: '3 Community' })).toHaveAttribute('aria-checked', 'true');
    expect(within(strategy).getByRole('radio', { name: '3 Community' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(within(strategy).getByRole('radio', { name: '4 Network' })).toHaveAttribute('aria-checked', 'true');
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    const leadership = screen.getByRole('radiogroup', { name: 'Current stage for Leadership' });
    expect(leadership).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard('2');
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await user.keyboard('{Delete}');
    const rows = () => store.getState().docs['nord']!.assessments[0]!.competencies;
    expect(rows()[0]!.currentStage).toBeNull();
    expect(rows()[1]!.currentStage).toBe(2);
    await user.click(screen.getByRole('checkbox', { name: 'Not in scope for Culture' }));
    await user.type(screen.getByLabelText('Reason Culture is not in scope'), 'Led by HR');
    expect(rows()[2]).toMatchObject({ notApplicable: true, notApplicableReason: 'Led by HR' });
  });

  it('shows the distribution, flags a disagreement, hides names in anonymous mode and applies the consensus', async () => {
    const people = [aStakeholder({ id: 's1', name: 'Jana Berg' }), aStakeholder({ id: 's2', name: 'Anton Weber' }), aStakeholder({ id: 's3', name: 'Lena Vogt' })];
    const assessment = { ...buildAssessment(CMM, { id: 'a1', engagementId: 'e1', ratings: { s1: [2, 1, 1], s2: [2, 2, 3], s3: [3, 2, 4] } }) };
    assessment.participantRatings = assessment.participantRatings.map((rating) => ({ ...rating, participantLabel: people.find((p) => p.id === rating.participantId)!.name }));
    const { user, store } = await openMaturity({ engagements: [engagement], stakeholders: people, assessments: [assessment] });
    await user.click(screen.getByRole('tab', { name: 'Ratings' }));
    expect(screen.getByRole('columnheader', { name: 'Jana Berg' })).toBeInTheDocument();
    const culture = screen.getByRole('rowheader', { name: /Culture/ }).closest('tr')!;
    expect(within(culture).getByText('Disagreement · spread 3')).toBeInTheDocument();
    expect(screen.getByText(/Disagreement on Culture \(spread 3 stages\)/)).toBeInTheDocument();
    expect(within(culture).getByRole('img', { name: 'Ratings per stage, stage 1: 1, stage 2: 0, stage 3: 1, stage 4: 1' })).toBeInTheDocument();
    expect(screen.getByText(/proposed consensus is the median/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Use consensus for Strategy' }));
    expect(store.getState().docs['nord']!.assessments[0]!.competencies[0]!.currentStage).toBe(2);

    await user.click(screen.getByRole('checkbox', { name: 'Anonymous ratings' }));
    expect(screen.queryByText('Jana Berg')).not.toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Participant 1' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Participant 1’s rating for Tools'), '4');
    expect(store.getState().docs['nord']!.assessments[0]!.participantRatings.find((r) => r.competencyId === 'tools')).toMatchObject({ participantId: 's1', stage: 4 });
  });

  it('shows results with the gap table largest first and the derivation rules', async () => {
    const assessment = buildAssessment(CMM, { id: 'a1', engagementId: 'e1', rows: [[1, 4], [2, 3], 'n/a', [2, 2]] });
    const { user } = await openMaturity({ engagements: [engagement], assessments: [assessment] });
    await user.click(screen.getByRole('tab', { name: 'Results' }));
    const rows = within(screen.getByRole('table', { name: 'Gaps, largest first' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/^Strategy1 · Hierarchy4 · Network30%/);
    expect(rows[2]).toHaveTextContent(/^Leadership/);
    expect(screen.getAllByRole('img', { name: /Strategy/ }).length).toBeGreaterThanOrEqual(2);
    // Each rule is on demand, behind its own "How is this calculated?" control.
    expect(screen.getByText(/overall stage is the median/)).not.toBeVisible();
    const [overallRule] = screen.getAllByRole('button', { name: 'How is this calculated?' });
    await user.click(overallRule!);
    expect(overallRule).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(/overall stage is the median/)).toBeVisible();
    expect(screen.getByRole('meter', { name: 'Percent to target overall' })).toHaveAttribute('aria-valuenow', '33');
  });

  it('reassesses from an assessment and shows the trend with arrows', async () => {
    const { user, store } = await openMaturity({ engagements: [engagement], assessments: [buildAssessment(CMM, { id: 'a1', engagementId: 'e1', assessedOn: '2025-11-01', rows: [[1, 3], [2, 3]] })] });
    await user.click(screen.getByRole('button', { name: 'Reassess' }));
    const dialog = screen.getByRole('dialog', { name: 'Reassess' });
    await user.clear(within(dialog).getByLabelText('Date'));
    await user.type(within(dialog).getByLabelText('Date'), '2026-11-01');
    await user.click(within(dialog).getByRole('button', { name: 'Start reassessment' }));
    expect(screen.getByRole('radiogroup', { name: 'Target stage for Strategy' })).toHaveTextContent('3');
    await user.click(within(screen.getByRole('radiogroup', { name: 'Current stage for Strategy' })).getByRole('radio', { name: '3 Community' }));
    expect(store.getState().docs['nord']!.assessments).toHaveLength(2);
    await user.click(screen.getByRole('tab', { name: 'Trends' }));
    const strategy = within(screen.getByRole('table', { name: 'Change per competency' })).getByRole('row', { name: /^Strategy/ });
    expect(strategy).toHaveTextContent('↑ +2');
    expect(screen.getByText(/Overall stage:/)).toBeInTheDocument();
  });

  it('compares with other clients, or says there are none', async () => {
    const peer = aClient({ id: 'peer', name: 'Other', engagements: [engagement], assessments: [buildAssessment(CMM, { id: 'p1', engagementId: 'e1', rows: [[3, 4]] })] });
    const { user } = await openMaturity({ engagements: [engagement], assessments: [buildAssessment(CMM, { id: 'a1', engagementId: 'e1', rows: [[1, 4]] })] }, [peer]);
    await user.click(screen.getByRole('tab', { name: 'Compare' }));
    expect(screen.getByText(/1 other client/)).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getByRole('row', { name: /^Strategy/ })).toHaveTextContent('1 · Hierarchy3 · Community−21');
  });

  it('says so when no other client can be compared', async () => {
    const { user } = await openMaturity({ engagements: [engagement], assessments: [buildAssessment(CMM, { id: 'a1', engagementId: 'e1' })] });
    await user.click(screen.getByRole('tab', { name: 'Compare' }));
    expect(screen.getByRole('note')).toHaveTextContent('No other client has an assessment on the Community Maturity Model yet');
  });

  it('deletes an assessment after confirmation and brings it back', async () => {
    const { user, store } = await openMaturity({ engagements: [engagement], assessments: [buildAssessment(CMM, { id: 'a1', engagementId: 'e1' })] });
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Delete this assessment?' })).getByRole('button', { name: 'Delete assessment' }));
    expect(store.getState().docs['nord']!.assessments).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Bring back' }));
    await waitFor(() => expect(store.getState().docs['nord']!.assessments).toHaveLength(1));
  });
});
