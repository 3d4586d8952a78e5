import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { makeInitiative } from '../../../../../shared/roadmap/initiative-factory';
import { aClient } from '../../../test/factories';
import { ImpactEffortView } from './ImpactEffortView';
import { InitiativeTableView } from './InitiativeTableView';
import { TimelineView } from './TimelineView';
import { renderView } from './render-view';

const q = (year: number, quarter: 1 | 2 | 3 | 4) => ({ kind: 'quarter' as const, year, quarter });

const roadmap = aClient({
  id: 'nord',
  initiatives: [
    makeInitiative({ id: 'gov', title: 'Social media governance', phase: 'establish', impact: 5, effort: 2, status: 'in-progress', start: q(2026, 1), end: q(2026, 2) }),
    makeInitiative({ id: 'listen', title: 'Listening platform', phase: 'establish', track: 'external', impact: 4, effort: 4, start: q(2026, 2), end: q(2026, 3), dependsOn: ['gov'] }),
    makeInitiative({ id: 'pilot', title: 'Employee advocacy pilot', phase: 'shape', impact: 2, effort: 1, status: 'idea', start: { kind: 'date', date: '2026-07-15' }, end: null, dependsOn: ['listen'] }),
    makeInitiative({ id: 'crm', title: 'CRM integration', phase: 'innovate', impact: 2, effort: 5, status: 'idea' }),
  ],
});

describe('TimelineView', () => {
  it('draws a named bar per scheduled initiative, flags conflicts and lists the unscheduled aside', () => {
    renderView((props) => <TimelineView {...props} today="2026-05-10" />, roadmap);
    const chart = screen.getByRole('group', { name: 'Initiatives from Q1 2026 to Q1 2027' });
    expect(within(chart).getByRole('button', { name: /^Social media governance; Q1 2026 to Q2 2026; In progress/ })).toBeInTheDocument();
    // The pilot starts on 15 July, before the listening platform ends with Q3.
    expect(within(chart).getByRole('button', { name: /^Employee advocacy pilot; 2026-07-15;.*scheduling conflict: starts before Listening platform ends/ })).toBeInTheDocument();
    expect(within(chart).getAllByRole('button')).toHaveLength(3);
    expect(within(chart).getByRole('img', { name: 'Today, 2026-05-10' })).toBeInTheDocument();
    expect(within(screen.getByRole('complementary', { name: 'Not on the timeline' })).getByRole('button', { name: /CRM integration/ })).toBeInTheDocument();
  });

  it('leaves out the panel of what is not on the timeline when every initiative is on it', () => {
    const scheduled = aClient({ id: 'nord', initiatives: roadmap.initiatives.filter((initiative) => initiative.id !== 'crm') });
    renderView((props) => <TimelineView {...props} today="2026-05-10" />, scheduled);
    expect(screen.getByRole('group', { name: 'Initiatives from Q1 2026 to Q1 2027' })).toBeInTheDocument();
    expect(screen.queryByRole('complementary', { name: 'Not on the timeline' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Unscheduled/)).not.toBeInTheDocument();
  });

  it('shows the whole name of a bar while it holds the keyboard focus, and of a title cut short under the pointer', async () => {
    const long = 'Roll out a community management plan across every region and brand';
    const client = aClient({ id: 'nord', initiatives: [makeInitiative({ id: 'long', title: long, start: q(2026, 2), end: q(2026, 3) })] });
    const { user } = renderView((props) => <TimelineView {...props} today="2026-05-10" />, client);
    const bar = screen.getByRole('button', { name: new RegExp(`^${long};`) });
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    act(() => bar.focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent(long);
    act(() => bar.blur());
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    const cut = document.querySelector(`[data-full-text="${long}"]`)!;
    expect(cut.textContent).not.toBe(long);
    await user.hover(cut);
    expect(screen.getByRole('tooltip')).toHaveTextContent(long);
  });

  it('narrows to the chosen quarters and counts what falls outside', async () => {
    const { user } = renderView((props) => <TimelineView {...props} today="2026-05-10" />, roadmap);
    await user.selectOptions(screen.getByRole('combobox', { name: 'From quarter' }), 'Q3 2026');
    expect(screen.getByRole('group', { name: 'Initiatives from Q3 2026 to Q1 2027' })).toBeInTheDocument();
    expect(screen.getByText('1 initiative falls outside these quarters.')).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /Today/ })).not.toBeInTheDocument();
  });

  it('opens the editor when a bar is activated with Enter', async () => {
    const { user } = renderView((props) => <TimelineView {...props} today="2026-05-10" />, roadmap);
    screen.getByRole('button', { name: /^Listening platform;/ }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog', { name: 'Edit “Listening platform”' })).toBeInTheDocument();
  });
});

describe('ImpactEffortView', () => {
  it('places each initiative in its quadrant as a named dot and counts the quadrants', async () => {
    const { user } = renderView(ImpactEffortView, roadmap);
    const chart = screen.getByRole('group', { name: '4 initiatives by impact and effort' });
    expect(within(chart).getByRole('button', { name: 'Social media governance: impact 5, effort 2, quick win' })).toBeInTheDocument();
    expect(within(chart).getByRole('button', { name: 'Listening platform: impact 4, effort 4, major project' })).toBeInTheDocument();
    expect(within(chart).getByRole('button', { name: 'Employee advocacy pilot: impact 2, effort 1, fill-in' })).toBeInTheDocument();
    expect(within(chart).getByRole('button', { name: 'CRM integration: impact 2, effort 5, thankless task' })).toBeInTheDocument();
    const quadrants = screen.getByRole('complementary', { name: 'Quadrants' });
    expect(within(quadrants).getByText('Quick wins').closest('li')).toHaveTextContent('1');
    within(chart).getByRole('button', { name: /^CRM integration/ }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog', { name: 'Edit “CRM integration”' })).toBeInTheDocument();
  });
});

const bodyTitles = () =>
  within(screen.getByRole('table', { name: 'Initiatives' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).queryAllByRole('cell')[1]?.textContent)
    .filter(Boolean);

describe('InitiativeTableView', () => {
  it('sorts by a header click, in workflow order for status', async () => {
    const { user } = renderView(InitiativeTableView, roadmap);
    expect(bodyTitles()).toEqual(['Social media governance', 'Listening platform', 'Employee advocacy pilot', 'CRM integration']);
    await user.click(screen.getByRole('button', { name: 'Title' }));
    expect(screen.getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'ascending');
    expect(bodyTitles()).toEqual(['CRM integration', 'Employee advocacy pilot', 'Listening platform', 'Social media governance']);
    await user.click(screen.getByRole('button', { name: 'Status' }));
    expect(bodyTitles().slice(0, 2).sort()).toEqual(['CRM integration', 'Employee advocacy pilot']);
    expect(bodyTitles()[3]).toBe('Social media governance');
  });

  it('filters by text, phase and status', async () => {
    const { user } = renderView(InitiativeTableView, roadmap);
    await user.type(screen.getByRole('searchbox', { name: 'Search initiatives' }), 'platform');
    expect(bodyTitles()).toEqual(['Listening platform']);
    expect(screen.getByText('1 of 4 initiatives')).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Search initiatives' }));
    await user.selectOptions(screen.getByLabelText('Phase'), '1. Establish policy, process and procedure');
    expect(bodyTitles()).toEqual(['Social media governance', 'Listening platform']);
    await user.selectOptions(screen.getByLabelText('Status'), 'Planned');
    expect(bodyTitles()).toEqual(['Listening platform']);
  });

  it('bulk edits only the selected initiatives and deletes them after confirmation', async () => {
    const { user, initiatives } = renderView(InitiativeTableView, roadmap);
    await user.click(screen.getByRole('checkbox', { name: 'Select Listening platform' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select CRM integration' }));
    const bar = screen.getByRole('region', { name: 'Edit selected initiatives' });
    expect(bar).toHaveTextContent('2 selected');
    await user.selectOptions(within(bar).getByRole('combobox', { name: 'Set status' }), 'Done');
    await user.selectOptions(within(bar).getByRole('combobox', { name: 'Set owner role' }), 'Community Manager');
    expect(initiatives().map((item) => [item.id, item.status, item.ownerRole])).toEqual([
      ['gov', 'in-progress', null],
      ['listen', 'done', 'Community Manager'],
      ['pilot', 'idea', null],
      ['crm', 'done', 'Community Manager'],
    ]);
    await user.click(within(bar).getByRole('button', { name: 'Delete selected' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Delete 2 initiatives?' })).getByRole('button', { name: 'Delete' }));
    expect(initiatives().map((item) => item.id)).toEqual(['gov', 'pilot']);
    expect(initiatives()[1]!.dependsOn).toEqual([]);
  });

  it('selects a range with shift-click', async () => {
    const { user } = renderView(InitiativeTableView, roadmap);
    await user.click(screen.getByRole('checkbox', { name: 'Select Social media governance' }));
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('checkbox', { name: 'Select Employee advocacy pilot' }));
    await user.keyboard('{/Shift}');
    expect(screen.getByRole('region', { name: 'Edit selected initiatives' })).toHaveTextContent('3 selected');
  });

  it('mounts far fewer rows than 1,000 and says how many there are', async () => {
    const many = aClient({
      id: 'big',
      initiatives: Array.from({ length: 1000 }, (_, index) => makeInitiative({ id: `i${index}`, title: `Initiative ${String(index).padStart(4, '0')}`, order: index })),
    });
    const { user } = renderView(InitiativeTableView, many);
    const table = screen.getByRole('table', { name: 'Initiatives' });
    expect(table).toHaveAttribute('aria-rowcount', '1001');
    const mounted = within(table).getAllByRole('checkbox', { name: /^Select Initiative/ });
    expect(mounted.length).toBeGreaterThan(5);
    expect(mounted.length).toBeLessThan(60);
    // Arrow keys move down the title column.
    within(table).getByRole('button', { name: 'Initiative 0000' }).focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(within(table).getByRole('button', { name: 'Initiative 0002' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog', { name: 'Edit “Initiative 0002”' })).toBeInTheDocument();
  });
});
