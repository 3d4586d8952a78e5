import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../test/render-app';

async function openSettings() {
  const app = await renderApp({ clients: [] });
  await app.user.keyboard('{Control>},{/Control}');
  const dialog = await screen.findByRole('dialog', { name: 'Settings' });
  return { ...app, dialog };
}

describe('settings', () => {
  it('opens from the gear button and closes with Escape', async () => {
    const { user } = await renderApp({ clients: [] });
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    expect(await screen.findByRole('dialog', { name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByText('/home/consultant/.config/Cairn')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('rejects a bad hex colour and saves a valid profile', async () => {
    const { user, api, dialog } = await openSettings();
    const hex = within(dialog).getByLabelText('Brand colour (hex)');
    await user.clear(hex);
    await user.type(hex, '#12zz99');
    expect(within(dialog).getByText('Use a colour like #1f6f5c.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Save profile' })).toBeDisabled();

    await user.clear(hex);
    await user.type(hex, '#AA3366');
    await user.type(within(dialog).getByLabelText('Your name'), 'Mara Lindqvist');
    await user.type(within(dialog).getByLabelText('Firm'), 'Lindqvist Consulting');
    await user.type(within(dialog).getByLabelText('Email'), 'mara@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Save profile' }));
    expect(await within(dialog).findByText('Profile saved.')).toBeInTheDocument();
    expect(api.callsOf('setProfile')).toEqual([{ name: 'Mara Lindqvist', firm: 'Lindqvist Consulting', email: 'mara@example.com', brandColour: '#aa3366', locale: 'en-GB' }]);
    expect(within(dialog).getByText('Mara Lindqvist · Lindqvist Consulting')).toBeInTheDocument();
  });

  it('chooses how the app and the deliverables write numbers and dates, with an example in that style', async () => {
    const { user, api, dialog } = await openSettings();
    const format = within(dialog).getByRole('combobox', { name: 'Numbers and dates' });
    expect(format).toHaveValue('en-GB');
    expect(within(dialog).getByText('Used in the app and in deliverables. For example 42,000.5 · 23.5% · 15 March 2026')).toBeInTheDocument();
    await user.selectOptions(format, 'en-DE');
    expect(within(dialog).getByText('Used in the app and in deliverables. For example 42.000,5 · 23,5 % · 15 March 2026')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save profile' }));
    expect(await within(dialog).findByText('Profile saved.')).toBeInTheDocument();
    expect(api.callsOf('setProfile').at(-1)).toMatchObject({ locale: 'en-DE' });
  });

  it('uploads a logo, shows it on the cover, reports backend errors and removes it', async () => {
    const { user, api, dialog } = await openSettings();
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'logo.png', { type: 'image/png' });
    await user.upload(within(dialog).getByLabelText('Logo'), png);
    expect(await within(dialog).findByRole('img', { name: 'Your logo' })).toHaveAttribute('src', expect.stringMatching(/^data:image\/png;base64,/));
    expect(api.callsOf('setLogo')).toHaveLength(1);

    api.failNext('setLogo', 'invalid-request');
    await user.upload(within(dialog).getByLabelText('Logo'), png);
    expect(await within(dialog).findByText('Simulated invalid-request.')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Remove logo' }));
    await waitFor(() => expect(within(dialog).queryByRole('img', { name: 'Your logo' })).not.toBeInTheDocument());
  });

  it('refuses files that are not PNG or JPEG before calling the backend', async () => {
    const { api, dialog } = await openSettings();
    const gif = new File(['GIF89a'], 'logo.gif', { type: 'image/gif' });
    // A drag-and-drop or a lax file picker can hand over any file, whatever `accept` says.
    await userEvent.setup({ applyAccept: false }).upload(within(dialog).getByLabelText('Logo'), gif);
    expect(await within(dialog).findByText('Choose a PNG or JPEG image.')).toBeInTheDocument();
    expect(api.callsOf('setLogo')).toHaveLength(0);
  });
});
