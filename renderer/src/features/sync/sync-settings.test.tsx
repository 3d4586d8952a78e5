import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { ConnectionCheck } from '../../../../shared/ipc/contract-sharing';
import { renderApp } from '../../test/render-app';
import type { FakeApiSeed } from '../../test/fake-api';

async function openSyncSettings(seed: FakeApiSeed = {}) {
  const app = await renderApp({ clients: [], ...seed });
  await app.user.click(screen.getByRole('button', { name: 'Settings' }));
  const dialog = await screen.findByRole('dialog', { name: 'Settings' });
  await app.user.click(within(dialog).getByRole('tab', { name: 'Sync' }));
  return { ...app, dialog };
}

describe('Settings ▸ Sync', () => {
  it('is off until configured and says nothing leaves the computer before', async () => {
    const { dialog } = await openSyncSettings();
    expect(within(dialog).getByRole('tab', { name: 'Sync' })).toHaveAttribute('aria-selected', 'true');
    expect(within(dialog).getByLabelText('Server URL')).toHaveValue('');
    expect(within(dialog).getByLabelText('User name')).toHaveValue('');
    expect(within(dialog).getByLabelText('Password')).toHaveValue('');
    expect(within(dialog).getByRole('switch', { name: "Sync with the firm's server" })).not.toBeChecked();
    expect(within(dialog).getByText(/Nothing leaves this computer until you turn sync on/)).toBeInTheDocument();
    // No sync indicator in the title bar while sync is off.
    expect(screen.queryByText(/^Synced/)).not.toBeInTheDocument();
  });

  it.each<[string, ConnectionCheck, string]>([
    ['unreachable', { kind: 'unreachable', message: 'No answer from couch.example.com; check the address and your connection.', server: null }, 'Server unreachable'],
    ['a wrong password', { kind: 'unauthorized', message: 'The server refused this user name and password.', server: 'CouchDB 3.3.3' }, 'Wrong password or user name'],
    ['no permission', { kind: 'forbidden', message: 'This user may not read the firm’s databases; ask the server’s administrator.', server: 'CouchDB 3.3.3' }, 'No permission'],
    ['a server too old', { kind: 'too-old', message: 'The server runs CouchDB 2.3.1; Cairn needs CouchDB 3 or later.', server: 'CouchDB 2.3.1' }, 'Server too old'],
  ])('answers Test connection for %s with a clear headline and what to do', async (_case, answer, headline) => {
    const { user, dialog, api } = await openSyncSettings();
    api.sync.nextCheck = answer;
    await user.type(within(dialog).getByLabelText('Server URL'), 'https://couch.example.com');
    await user.type(within(dialog).getByLabelText('User name'), 'mara');
    await user.type(within(dialog).getByLabelText('Password'), 'secret');
    await user.click(within(dialog).getByRole('button', { name: 'Test connection' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(headline);
    expect(alert).toHaveTextContent(answer.message);
    expect(api.callsOf('testSyncConnection')).toEqual([{ serverUrl: 'https://couch.example.com', username: 'mara', password: 'secret' }]);
  });

  it('requires HTTPS except on this computer, and refuses an address that is not one', async () => {
    const { user, dialog } = await openSyncSettings();
    const url = within(dialog).getByLabelText('Server URL');
    await user.type(url, 'http://couch.example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Test connection' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('HTTPS required');

    await user.clear(url);
    await user.type(url, 'couch example');
    await user.click(within(dialog).getByRole('button', { name: 'Test connection' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Invalid URL');

    await user.clear(url);
    await user.type(url, 'http://127.0.0.1:5984');
    await user.click(within(dialog).getByRole('button', { name: 'Test connection' }));
    const ok = await within(dialog).findByText('Connected — CouchDB 3.3.3');
    expect(ok.closest('[role="status"]')).not.toBeNull();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('saves and turns sync on; the password is stored, never shown again', async () => {
    const { user, dialog, api } = await openSyncSettings();
    await user.type(within(dialog).getByLabelText('Server URL'), 'https://couch.example.com');
    await user.type(within(dialog).getByLabelText('User name'), 'mara');
    await user.type(within(dialog).getByLabelText('Password'), 'secret');
    await user.click(within(dialog).getByRole('switch', { name: "Sync with the firm's server" }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Saved. Sync is on.')).toBeInTheDocument();
    expect(api.callsOf('setSyncSettings')).toEqual([{ serverUrl: 'https://couch.example.com', username: 'mara', password: 'secret', enabled: true }]);
    expect(api.sync.password).toBe('secret');
    expect(within(dialog).getByLabelText('Password')).toHaveValue('');
    expect(within(dialog).getByText(/A password is stored, encrypted by your operating system/)).toBeInTheDocument();
    // Sync on: the title bar tells how it stands.
    expect(await within(screen.getByRole('banner')).findByText('Synced just now', {}, { timeout: 3000 })).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Sync now' }));
    expect(api.callsOf('syncNow')).toEqual([{}]);
  });

  it('keeps the stored password when saved with the field empty, and forgets it on request', async () => {
    const { user, dialog, api } = await openSyncSettings({ sync: { serverUrl: 'https://couch.example.com', username: 'mara', password: 'secret', enabled: true } });
    expect(within(dialog).getByLabelText('Server URL')).toHaveValue('https://couch.example.com');
    expect(within(dialog).getByRole('switch', { name: "Sync with the firm's server" })).toBeChecked();
    await user.click(within(dialog).getByRole('switch', { name: "Sync with the firm's server" }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Saved. Sync is off; nothing leaves this computer.')).toBeInTheDocument();
    expect(api.callsOf('setSyncSettings')).toEqual([{ serverUrl: 'https://couch.example.com', username: 'mara', password: null, enabled: false }]);
    expect(api.sync.password).toBe('secret');

    await user.click(within(dialog).getByRole('button', { name: 'Forget the stored password' }));
    await within(dialog).findByText('Stored encrypted by your operating system, never in plain text.');
    expect(api.sync.password).toBeNull();
  });

  it('says so when this computer cannot store the password safely', async () => {
    const { dialog } = await openSyncSettings({ sync: { canStorePassword: false } });
    expect(within(dialog).getByText(/offers no safe place for passwords/)).toBeInTheDocument();
  });

  it('shows a refusal to save as an error', async () => {
    const { user, dialog } = await openSyncSettings();
    await user.type(within(dialog).getByLabelText('Server URL'), 'http://couch.example.com');
    await user.click(within(dialog).getByRole('switch', { name: "Sync with the firm's server" }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The server must use HTTPS');
  });
});
