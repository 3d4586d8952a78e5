import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../../test/render-app';
import { aClient } from '../../test/factories';
import { newStageOneDiagnosis } from '../../../../shared/assessment/assessment-factories';
import { STAGE_ONE_GUIDE } from '../../../../shared/frameworks/builtin';

const at = '2026-01-01T00:00:00.000Z';
const engagement = { id: 'e1', createdAt: at, updatedAt: at, title: 'Baseline 2025', startDate: '2025-01-10', endDate: '2025-03-01', scope: 'First look', executiveSummary: '', status: 'completed' as const };

async function openEngagements() {
  const diagnosis = newStageOneDiagnosis({ id: 'd1', now: at, engagementId: 'e1', assessedOn: '2025-02-01', guide: STAGE_ONE_GUIDE });
  const app = await renderApp({ clients: [aClient({ id: 'c', engagements: [engagement], stageOneDiagnoses: [diagnosis] })] });
  await app.user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
  await app.user.click(screen.getByRole('tab', { name: 'Engagements' }));
  return app;
}

describe('engagements tab', () => {
  it('lists engagements with dates, records and status, and adds one through the dialog', async () => {
    const { user, store } = await openEngagements();
    const baseline = screen.getByRole('listitem', { name: 'Baseline 2025' });
    expect(baseline).toHaveTextContent('1 stage-1 diagnosis');
    expect(within(baseline).getByLabelText('Status of Baseline 2025')).toHaveValue('completed');
    await user.click(screen.getByRole('button', { name: 'Add engagement' }));
    const dialog = screen.getByRole('dialog', { name: 'Add engagement' });
    await user.click(within(dialog).getByRole('button', { name: 'Save engagement' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Give the engagement a title.');
    await user.type(within(dialog).getByLabelText('Title'), 'Reassessment 2026');
    await user.selectOptions(within(dialog).getByLabelText('Status'), 'active');
    await user.click(within(dialog).getByRole('button', { name: 'Save engagement' }));
    expect(store.getState().docs['c']!.engagements.map((item) => [item.title, item.status])).toEqual([
      ['Baseline 2025', 'completed'],
      ['Reassessment 2026', 'active'],
    ]);
  });

  it('changes the status inline, and explains why an engagement with records cannot be removed', async () => {
    const { user, store } = await openEngagements();
    await user.selectOptions(screen.getByLabelText('Status of Baseline 2025'), 'on-hold');
    expect(store.getState().docs['c']!.engagements[0]!.status).toBe('on-hold');
    await user.click(screen.getByRole('button', { name: 'Remove Baseline 2025' }));
    await user.click(screen.getByRole('button', { name: 'Remove engagement' }));
    expect(screen.getByRole('alert')).toHaveTextContent('This engagement still has 1 stage-1 diagnosis; move or delete them first.');
    expect(store.getState().docs['c']!.engagements).toHaveLength(1);
  });
});
