import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { buildAssessment } from '../../../../../shared/assessment/assessment-builders';
import { COMMUNITY_MATURITY_MODEL } from '../../../../../shared/frameworks/builtin';
import { INITIATIVE_LIBRARY } from '../../../../../shared/roadmap/initiative-library';
import { SUGGESTION_RULE } from '../../../../../shared/roadmap/suggestions';
import { renderApp } from '../../../test/render-app';
import { aRoadmapClient } from '../board/roadmap-test-client';
import { cellLabel } from '../board/roadmap-format';

const engagement = { id: 'e1', title: 'Kickoff', startDate: '2026-01-10', endDate: null, scope: '', executiveSummary: '', status: 'active' as const, createdAt: 'x', updatedAt: 'x' };
// Strategy 1→4 (gap 3), Leadership 2→3 (gap 1), the rest at target.
const gaps = buildAssessment(COMMUNITY_MATURITY_MODEL, { id: 'a2', engagementId: 'e1', assessedOn: '2026-06-01', rows: [[1, 4], [2, 3], [2, 2], [2, 2], [2, 2], [2, 2], [2, 2], [2, 2]] });
const older = buildAssessment(COMMUNITY_MATURITY_MODEL, { id: 'a1', engagementId: 'e1', assessedOn: '2025-06-01', rows: [[1, 1], [1, 4]] });

async function openRoadmap(client = aRoadmapClient({ engagements: [engagement], initiatives: [] })) {
  const app = await renderApp({ clients: [client] });
  await app.user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
  await app.user.click(screen.getByRole('tab', { name: /^Roadmap/ }));
  // The roadmap is loaded lazily: wait for it.
  await screen.findByRole('tablist', { name: 'Roadmap views' });
  return app;
}

describe('initiative library', () => {
  it('lists every item by phase and track, searches, and adds the ticked ones into their cells', async () => {
    const { user, store } = await openRoadmap();
    await user.click(screen.getByRole('button', { name: 'From library' }));
    const dialog = screen.getByRole('dialog', { name: 'Initiative library' });
    expect(within(dialog).getAllByRole('checkbox')).toHaveLength(INITIATIVE_LIBRARY.length);
    expect(within(dialog).getByRole('group', { name: /Phase 1 · Establish policy, process and procedure Internal activities/ })).toBeInTheDocument();
    const add = within(dialog).getByRole('button', { name: 'Add to roadmap' });
    expect(add).toBeDisabled();

    await user.type(within(dialog).getByRole('searchbox', { name: 'Search the library' }), 'steering');
    const steering = within(dialog).getByRole('checkbox', { name: /Form a steering committee/ });
    expect(steering).toHaveAccessibleDescription(/Lifts Leadership, Strategy, Policies & Governance · Owner: Chief Digital Officer/);
    await user.click(steering);
    await user.clear(within(dialog).getByRole('searchbox', { name: 'Search the library' }));
    await user.click(within(dialog).getByRole('checkbox', { name: /Establish a global ambassador program/ }));
    expect(within(dialog).getByText('2 selected')).toBeInTheDocument();
    await user.click(add);

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: cellLabel('establish', 'internal') })).getByRole('button', { name: 'Form a steering committee' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: cellLabel('innovate', 'external') })).getByRole('button', { name: 'Establish a global ambassador program' })).toBeInTheDocument();
    expect(store.getState().docs.nord!.initiatives.map((item) => [item.libraryId, item.engagementId])).toEqual([
      ['p1-steering-committee', 'e1'],
      ['p4-ambassador-program', 'e1'],
    ]);

    await user.click(screen.getByRole('button', { name: 'From library' }));
    expect(within(screen.getByRole('dialog')).getByRole('checkbox', { name: /Form a steering committee.*On the roadmap/ })).toBeInTheDocument();
  });
});

describe('gap suggestions', () => {
  it('explains that there is nothing to suggest without an assessment', async () => {
    const { user } = await openRoadmap();
    await user.click(screen.getByRole('button', { name: 'Suggestions (0)' }));
    expect(within(screen.getByRole('dialog', { name: 'Suggestions from the gaps' })).getByText('No assessment yet')).toBeInTheDocument();
  });

  it('explains when the latest assessment has no gap', async () => {
    const atTarget = buildAssessment(COMMUNITY_MATURITY_MODEL, { id: 'a3', engagementId: 'e1', assessedOn: '2026-09-01', rows: [[3, 3], [2, 2]] });
    const { user } = await openRoadmap(aRoadmapClient({ engagements: [engagement], initiatives: [], assessments: [gaps, atTarget] }));
    await user.click(screen.getByRole('button', { name: 'Suggestions (0)' }));
    expect(within(screen.getByRole('dialog')).getByText('No gap to close')).toBeInTheDocument();
  });

  it('ranks suggestions from the latest assessment with the reason and the rule, and accepts one and then all', async () => {
    const { user, store } = await openRoadmap(aRoadmapClient({ engagements: [engagement], initiatives: [], assessments: [older, gaps] }));
    const lifting = INITIATIVE_LIBRARY.filter((item) => item.competencyIds.includes('strategy') || item.competencyIds.includes('leadership'));
    await user.click(screen.getByRole('button', { name: `Suggestions (${lifting.length})` }));
    const dialog = screen.getByRole('dialog', { name: 'Suggestions from the gaps' });
    expect(dialog).toHaveTextContent(SUGGESTION_RULE);
    const items = within(within(dialog).getByRole('list', { name: 'Suggested initiatives' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/Lifts Strategy \(gap 3\) and Leadership \(gap 1\)/);
    expect(items.at(-1)).toHaveTextContent('Lifts Leadership (gap 1)');

    const first = within(items[0]!).getByRole('button', { name: /^Accept / });
    const title = first.getAttribute('aria-label')!.replace('Accept ', '');
    await user.click(first);
    const accepted = store.getState().docs.nord!.initiatives;
    expect(accepted).toHaveLength(1);
    expect(accepted[0]).toMatchObject({ title, engagementId: 'e1' });
    expect(within(dialog).queryByRole('button', { name: `Accept ${title}` })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Suggestions (${lifting.length - 1})` })).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: `Accept all (${lifting.length - 1})` }));
    expect(store.getState().docs.nord!.initiatives).toHaveLength(lifting.length);
    expect(within(dialog).getByText('Every suggestion is on the roadmap')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().docs.nord!.initiatives).toHaveLength(1);
  });
});
