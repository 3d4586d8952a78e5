import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { WorkspaceProblem } from '../../../../shared/ipc/contract';
import { renderApp } from '../../test/render-app';
import { aClient } from '../../test/factories';
import { formatDateTime } from '../../../../shared/format/format';

const takenAt = '2026-02-10T08:15:00.000Z';
const problem: WorkspaceProblem = {
  id: 'problem-1',
  clientId: 'alpen',
  clientName: 'Alpenblick Hotels',
  reason: 'The file is truncated.',
  quarantinedAs: 'quarantine/alpen-2026-03-01.json',
  latestSnapshot: { id: 'snap-1', clientId: 'alpen', takenAt, sizeBytes: 900, clientName: 'Alpenblick Hotels', stakeholderCount: 0 },
  detectedAt: '2026-03-01T10:00:00.000Z',
};
const snapshots = [{ info: problem.latestSnapshot!, client: aClient({ id: 'alpen', name: 'Alpenblick Hotels' }) }];

describe('problems banner', () => {
  it('names the client, the reason and where the file went', async () => {
    await renderApp({ clients: [aClient()], problems: [problem], snapshots });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent("Cairn couldn't open Alpenblick Hotels.");
    expect(alert).toHaveTextContent('The file is truncated.');
    expect(alert).toHaveTextContent('quarantine/alpen-2026-03-01.json');
  });

  it('restores the snapshot into the workspace, where undo cannot remove it', async () => {
    const { user, store } = await renderApp({ clients: [aClient()], problems: [problem], snapshots });
    await user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
    await user.click(screen.getByRole('button', { name: 'Archive' }));
    await user.click(screen.getByRole('button', { name: `Restore snapshot from ${formatDateTime(takenAt)}` }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(screen.getByRole('heading', { level: 1, name: 'Alpenblick Hotels' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().docs['alpen']?.name).toBe('Alpenblick Hotels');
    expect(within(screen.getByRole('listbox')).getAllByRole('option').map((o) => o.querySelector('.client-list__name')?.textContent)).toEqual(['Alpenblick Hotels', 'Nordlicht Outdoor']);
  });

  it('dismisses a problem', async () => {
    const { user, api } = await renderApp({ clients: [], problems: [{ ...problem, latestSnapshot: null }] });
    expect(screen.getByRole('alert')).toHaveTextContent('There is no snapshot to restore.');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(api.callsOf('dismissProblem')).toEqual([{ problemId: 'problem-1' }]);
  });
});

describe('problems banner, library files', () => {
  const unreadable: WorkspaceProblem[] = [
    {
      id: 'p-frameworks',
      clientId: '',
      clientName: null,
      reason: 'It is not valid JSON. The framework library leaves it out until the file is fixed or removed.',
      quarantinedAs: 'frameworks/our-model.json',
      latestSnapshot: null,
      detectedAt: '2026-03-01T10:00:00.000Z',
    },
    {
      id: 'p-templates',
      clientId: '',
      clientName: null,
      reason: 'It is not a valid workshop template (agenda: Invalid input). The workshop template list leaves it out until the file is fixed or removed.',
      quarantinedAs: 'workshop-templates/retro.json',
      latestSnapshot: null,
      detectedAt: '2026-03-01T10:00:00.000Z',
    },
  ];

  it('names each framework or template file that could not be read and why, without offering a client restore', async () => {
    const { user, api } = await renderApp({ clients: [aClient()], problems: unreadable });
    const [framework, template] = within(screen.getByRole('region', { name: 'Problems found when opening the workspace' })).getAllByRole('alert');
    expect(framework).toHaveTextContent("Cairn couldn't open frameworks/our-model.json.");
    expect(framework).toHaveTextContent('It is not valid JSON. The framework library leaves it out until the file is fixed or removed. It was left untouched at frameworks/our-model.json.');
    expect(framework).not.toHaveTextContent('every other client opened');
    expect(framework).not.toHaveTextContent('snapshot');
    expect(template).toHaveTextContent("Cairn couldn't open workshop-templates/retro.json.");
    expect(template).toHaveTextContent('It is not a valid workshop template (agenda: Invalid input).');
    expect(within(framework!).getAllByRole('button').map((button) => button.textContent)).toEqual(['Dismiss']);
    await user.click(within(framework!).getByRole('button', { name: 'Dismiss' }));
    expect(api.callsOf('dismissProblem')).toEqual([{ problemId: 'p-frameworks' }]);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });
});

describe('save failure banner', () => {
  it('says which client could not be saved, keeps retrying and clears when it succeeds', async () => {
    const { user, api } = await renderApp({ clients: [aClient()] });
    await user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
    api.failNext('saveClient', 'disk-full', 2);
    await user.type(screen.getByLabelText('Notes'), 'x');
    expect(await screen.findByRole('alert')).toHaveTextContent("Couldn't save Nordlicht Outdoor: the disk is full. Your changes are kept; retrying…");
    expect(screen.getByRole('status')).toHaveTextContent('Not saved — retrying');
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(api.stored.get('client-1')?.notes).toBe('x');
    expect(screen.getByRole('status')).toHaveTextContent('All changes saved');
  });
});
