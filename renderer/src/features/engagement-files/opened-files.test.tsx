import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { act } from 'react';
import { renderApp } from '../../test/render-app';
import { aClient } from '../../test/factories';

const acme = aClient({ id: 'acme', name: 'Acme Cooperative' });
const other = aClient({ id: 'alpen', name: 'Alpenblick Hotels' });

describe('files the OS opens with Cairn', { timeout: 15_000 }, () => {
  it('shows the import preview of a file double-clicked while Cairn runs (or dropped on the window)', async () => {
    const { api } = await renderApp({ clients: [other] });
    api.importFiles.set('Acme.cairn', acme);
    act(() => api.emitFilesOpened(['Acme.cairn']));
    const dialog = await screen.findByRole('dialog', { name: 'Import “Acme.cairn”' });
    expect(within(dialog).getByRole('radio', { name: 'As a new client' })).toBeChecked();
    expect(api.callsOf('previewImport')).toEqual([expect.objectContaining({ fileToken: 'grant-Acme.cairn' })]);
  });

  it('shows a file opened before the window was ready (first launch, macOS open-file) once the page starts', async () => {
    const { api } = await renderApp({ clients: [other], openedFiles: [{ name: 'Acme.cairn', content: acme }] });
    expect(await screen.findByRole('dialog', { name: 'Import “Acme.cairn”' })).toBeInTheDocument();
    expect(api.callsOf('takeOpenedFiles').length).toBeGreaterThan(0);
  });

  it('says what is wrong with an opened file that is not an engagement file, and changes nothing', async () => {
    const { api } = await renderApp({ clients: [other], openedFiles: [{ name: 'broken.cairn', content: 'format: this is not a Cairn engagement file.' }] });
    expect(await screen.findByRole('dialog', { name: 'Cairn can’t import “broken.cairn”' })).toHaveTextContent('not a Cairn engagement file');
    expect([...api.stored.keys()]).toEqual(['alpen']);
  });

  it('opens the second of two files once the first preview is closed', async () => {
    const { api, user } = await renderApp({ clients: [other] });
    api.importFiles.set('Acme.cairn', acme);
    api.importFiles.set('Bravo.cairn', aClient({ id: 'bravo', name: 'Bravo Works' }));
    act(() => api.emitFilesOpened(['Acme.cairn', 'Bravo.cairn']));
    const first = await screen.findByRole('dialog', { name: 'Import “Acme.cairn”' });
    await user.click(within(first).getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('dialog', { name: 'Import “Bravo.cairn”' })).toBeInTheDocument();
  });

  it('runs File ▸ Import… from the menu', async () => {
    const { api } = await renderApp({ clients: [other] });
    api.importFiles.set('Acme.cairn', acme);
    api.fileChoices.push('Acme.cairn');
    act(() => api.emitMenuCommand('import'));
    expect(await screen.findByRole('dialog', { name: 'Import “Acme.cairn”' })).toBeInTheDocument();
  });

  it('runs File ▸ Back Up Workspace… from the menu in Settings', async () => {
    const { api } = await renderApp({ clients: [other] });
    api.fileChoices.push('backup.cairn-backup');
    act(() => api.emitMenuCommand('backup'));
    expect(await screen.findByText(/Saved .* with 1 client\./)).toBeInTheDocument();
    expect(api.callsOf('backupWorkspace')).toHaveLength(1);
  });
});
