import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { buildAssessment } from '../../../../shared/assessment/assessment-builders';
import { COMMUNITY_MATURITY_MODEL } from '../../../../shared/frameworks/builtin';
import { renderApp } from '../../test/render-app';
import { aClient } from '../../test/factories';

const engagement = { id: 'e1', title: 'Baseline 2025', startDate: '2025-11-01', endDate: null, scope: '', executiveSummary: '', status: 'active' as const, createdAt: 'x', updatedAt: 'x' };

describe('the finding and recommendation of a competency', () => {
  it('shows Cairn’s draft marked “Draft” until the consultant edits or accepts it, and can go back to the draft', async () => {
    const assessment = buildAssessment(COMMUNITY_MATURITY_MODEL, { id: 'a1', engagementId: 'e1', rows: [[1, 3]] });
    const { user, store } = await renderApp({ clients: [aClient({ id: 'nord', engagements: [engagement], assessments: [assessment] })] });
    await user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
    await user.click(screen.getByRole('tab', { name: /^Maturity/ }));
    const strategy = screen.getByRole('region', { name: /Strategy/ });
    const finding = within(strategy).getByRole('textbox', { name: 'Finding for Strategy' });
    expect((finding as HTMLTextAreaElement).value).toContain('Strategy stands at stage 1 (Hierarchy), two stages short of the target');
    expect(within(strategy).getAllByText('Draft')).toHaveLength(2);
    const entry = () => store.getState().docs['nord']!.assessments[0]!.competencies[0]!;
    expect(entry().finding ?? null).toBeNull();

    await user.type(finding, ' The plan lives in one head.');
    expect(entry().finding).toMatch(/two stages short of the target.* The plan lives in one head\.$/);
    expect(within(strategy).getAllByText('Draft')).toHaveLength(1);

    await user.click(within(strategy).getByRole('button', { name: 'Accept draft recommendation for Strategy' }));
    expect(entry().recommendation).toMatch(/^Aim for stage 2 next/);
    expect(within(strategy).queryByText('Draft')).not.toBeInTheDocument();

    await user.click(within(strategy).getByRole('button', { name: 'Back to draft finding for Strategy' }));
    expect(entry().finding).toBeNull();
  });
});
