import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { makeInitiative } from '../../../../../shared/roadmap/initiative-factory';
import { SCHEDULING_RULE } from '../../../../../shared/roadmap/dependencies';
import { renderApp } from '../../../test/render-app';
import { aRoadmapClient } from './roadmap-test-client';
import { cellLabel } from './roadmap-format';

async function openBoard(client = aRoadmapClient()) {
  const app = await renderApp({ clients: [client] });
  await app.user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
  await app.user.click(screen.getByRole('tab', { name: /^Roadmap/ }));
  // The roadmap is loaded lazily: wait for it.
  await screen.findByRole('tablist', { name: 'Roadmap views' });
  return app;
}

const cell = (phase: Parameters<typeof cellLabel>[0], track: Parameters<typeof cellLabel>[1]) => screen.getByRole('region', { name: cellLabel(phase, track) });
const cardTitles = (region: HTMLElement) => within(region).queryAllByRole('button').map((card) => card.getAttribute('aria-label'));

describe('roadmap board', () => {
  it('shows the four phases as columns and the cards in their cells with owner, status, pilot and dependencies', async () => {
    await openBoard();
    expect(screen.getByRole('tablist', { name: 'Roadmap views' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Board' })).toHaveAttribute('aria-selected', 'true');
    for (const name of ['Establish policy, process and procedure', 'Shape capabilities', 'Develop ecosystem', 'Drive innovation and integration'])
      expect(screen.getByRole('heading', { name })).toBeInTheDocument();
    expect(cardTitles(cell('establish', 'internal'))).toEqual(['Form a steering committee', 'Set a moderation policy']);
    const pilot = within(cell('shape', 'external')).getByRole('button', { name: 'Customer care pilot' });
    expect(pilot).toHaveTextContent('Pilot');
    expect(pilot).toHaveAccessibleDescription(/Planned; no owner; impact 3, effort 3; pilot; 1 dependencies/);
    expect(screen.getByRole('button', { name: 'Form a steering committee' })).toHaveTextContent('Zoë Lefèvre');
  });

  it('moves a focused card with Alt+arrows, one undo step per move, and keeps the focus on it', async () => {
    const { user, store } = await openBoard();
    const card = screen.getByRole('button', { name: 'Form a steering committee' });
    card.focus();
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(cardTitles(cell('shape', 'internal'))).toEqual(['Form a steering committee']);
    expect(screen.getByRole('button', { name: 'Form a steering committee' })).toHaveFocus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(cardTitles(cell('shape', 'external'))).toEqual(['Form a steering committee', 'Customer care pilot']);
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(cardTitles(cell('shape', 'external'))).toEqual(['Customer care pilot', 'Form a steering committee']);
    expect(store.getState().docs.nord!.initiatives.find((item) => item.id === 'i1')).toMatchObject({ phase: 'shape', track: 'external', order: 1 });

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(cardTitles(cell('shape', 'external'))).toEqual(['Form a steering committee', 'Customer care pilot']);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(cardTitles(cell('establish', 'internal'))).toEqual(['Form a steering committee', 'Set a moderation policy']);
  });

  it('opens the editor with Enter on a card', async () => {
    const { user } = await openBoard();
    screen.getByRole('button', { name: 'Set a moderation policy' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog', { name: 'Edit “Set a moderation policy”' })).toBeInTheDocument();
  });

  it('flags a card scheduled before what it depends on, with the rule in its title', async () => {
    await openBoard(
      aRoadmapClient({}, [
        makeInitiative({ id: 'a', title: 'Listening program', start: { kind: 'quarter', year: 2026, quarter: 3 }, end: { kind: 'quarter', year: 2026, quarter: 4 } }),
        makeInitiative({ id: 'b', title: 'Care pilot', phase: 'shape', start: { kind: 'quarter', year: 2026, quarter: 4 }, dependsOn: ['a'] }),
      ]),
    );
    const card = screen.getByRole('button', { name: 'Care pilot' });
    expect(card).toHaveAccessibleDescription(/Scheduling conflict: “Care pilot” starts on 2026-10-01, but it depends on “Listening program”, which ends on 2026-12-31\./);
    expect(card.querySelector('[title]:has(svg)')?.getAttribute('title')).toContain(SCHEDULING_RULE);
    expect(screen.getByRole('button', { name: 'Listening program' })).not.toHaveAccessibleDescription(/Scheduling conflict/);
  });

  it('adds a custom initiative and opens it in the editor', async () => {
    const { user, store } = await openBoard();
    await user.click(screen.getByRole('button', { name: 'Add initiative' }));
    const dialog = screen.getByRole('dialog', { name: 'Add initiative' });
    await user.type(within(dialog).getByLabelText('Title'), 'Recycling stories');
    await user.selectOptions(within(dialog).getByLabelText('Phase'), '3. Develop ecosystem');
    await user.selectOptions(within(dialog).getByLabelText('Track'), 'External activities');
    await user.click(within(dialog).getByRole('button', { name: 'Add and edit' }));
    expect(screen.getByRole('dialog', { name: 'Edit “Recycling stories”' })).toBeInTheDocument();
    expect(store.getState().docs.nord!.initiatives.at(-1)).toMatchObject({ title: 'Recycling stories', phase: 'develop', track: 'external', order: 0 });
  });
});
