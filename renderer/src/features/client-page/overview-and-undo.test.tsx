import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/render-app';
import { aClient } from '../../test/factories';

async function openNordlicht() {
  const app = await renderApp({ clients: [aClient({ id: 'nord', name: 'Nordlicht Outdoor', region: 'Hamburg' })] });
  await app.user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
  return app;
}

describe('client overview', () => {
  it('saves a field as the consultant types and shows the save status', async () => {
    const { user, api } = await openNordlicht();
    await user.type(screen.getByLabelText('Notes'), 'Kick-off on Monday');
    expect(screen.getByRole('status')).toHaveTextContent(/Saving…|All changes saved/);
    await waitFor(() => expect(api.stored.get('nord')?.notes).toBe('Kick-off on Monday'));
    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
  });

  it('leaves Ctrl+Z in a focused text field to the field, and undoes the whole typing burst from the history once focus leaves', async () => {
    const { user, store } = await openNordlicht();
    const region = screen.getByLabelText('Region');
    await user.clear(region);
    await user.type(region, 'Bremen');
    expect(region).toHaveFocus();
    await user.keyboard('{Control>}z{/Control}');
    // The field's own undo (the browser's); Cairn's history is not touched.
    expect(store.getState().docs['nord']?.region).toBe('Bremen');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(region).toHaveValue('Hamburg');
    await user.click(document.body);
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(region).toHaveValue('Bremen');
    await user.keyboard('{Control>}z{/Control}');
    await user.keyboard('{Control>}y{/Control}');
    expect(region).toHaveValue('Bremen');
  });

  it('undoes and redoes with the title-bar buttons and the application menu', async () => {
    const { user, api } = await openNordlicht();
    await user.selectOptions(screen.getByLabelText('Size'), '1,000–4,999');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByLabelText('Size')).toHaveValue('250–999');
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(screen.getByLabelText('Size')).toHaveValue('1,000–4,999');
    api.emitMenuCommand('undo');
    await waitFor(() => expect(screen.getByLabelText('Size')).toHaveValue('250–999'));
    await waitFor(() => expect(api.stored.get('nord')?.size).toBe('250–999'));
  });

  it('leaves Ctrl+Z to the text field inside a dialog, which edits a draft rather than the store', async () => {
    const { user, store } = await openNordlicht();
    await user.type(screen.getByLabelText('Region'), '!');
    await user.click(screen.getByRole('button', { name: 'New client' }));
    await user.type(within(screen.getByRole('dialog')).getByLabelText('Name'), 'Draft');
    await user.keyboard('{Control>}z{/Control}');
    expect(store.getState().docs['nord']?.region).toBe('Hamburg!');
  });

  it('in the desktop app leaves the app keys to the native menu, so one Ctrl+Z is one step', async () => {
    const app = await renderApp({ hasNativeMenu: true, clients: [aClient({ id: 'nord', name: 'Nordlicht Outdoor', region: 'Hamburg' })] });
    await app.user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
    await app.user.selectOptions(screen.getByLabelText('Size'), '50–249');
    await app.user.selectOptions(screen.getByLabelText('Size'), '20,000+');
    await app.user.keyboard('{Control>}z{/Control}');
    expect(screen.getByLabelText('Size')).toHaveValue('20,000+');
    app.api.emitMenuCommand('undo');
    await waitFor(() => expect(screen.getByLabelText('Size')).toHaveValue('50–249'));
  });

  it('in the desktop app tells main when a text field or a dialog has the keyboard', async () => {
    const app = await renderApp({ hasNativeMenu: true, clients: [aClient({ id: 'nord', name: 'Nordlicht Outdoor', region: 'Hamburg' })] });
    await app.user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
    await app.user.click(screen.getByLabelText('Region'));
    await waitFor(() => expect(app.api.callsOf('setEditingContext').at(-1)).toEqual({ textField: true, dialogOpen: false }));
    await app.user.click(screen.getByRole('button', { name: 'New client' }));
    await waitFor(() => expect(app.api.callsOf('setEditingContext').at(-1)).toEqual({ textField: true, dialogOpen: true }));
  });

  it('never lets a menu Undo reach the history while a dialog is open', async () => {
    const app = await renderApp({ hasNativeMenu: true, clients: [aClient({ id: 'nord', name: 'Nordlicht Outdoor', region: 'Hamburg' })] });
    await app.user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
    await app.user.type(screen.getByLabelText('Region'), '!');
    await app.user.click(screen.getByRole('button', { name: 'New client' }));
    app.api.emitMenuCommand('undo');
    expect(app.store.getState().docs['nord']?.region).toBe('Hamburg!');
  });

  it('treats separate fields as separate undo steps', async () => {
    const { user } = await openNordlicht();
    await user.type(screen.getByLabelText('Industry'), 'Retail');
    await user.type(screen.getByLabelText('Notes'), 'x');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByLabelText('Notes')).toHaveValue('');
    expect(screen.getByLabelText('Industry')).toHaveValue('Outdoor retailRetail');
  });

  it('keeps a client name: clearing it shows an error and stores nothing empty', async () => {
    const { user, store } = await openNordlicht();
    await user.clear(screen.getByLabelText('Name'));
    expect(screen.getByText('A client needs a name.')).toBeInTheDocument();
    expect(store.getState().docs['nord']?.name).toBe('Nordlicht Outdoor');
    await user.type(screen.getByLabelText('Name'), 'Nordlicht');
    expect(within(screen.getByRole('listbox')).getByRole('option', { name: /^Nordlicht\b/ })).toBeInTheDocument();
  });

  it('moves between tabs with the arrow keys', async () => {
    const { user } = await openNordlicht();
    await user.click(screen.getByRole('tab', { name: 'Overview' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Departments' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Departments' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'History' })).toHaveAttribute('aria-selected', 'true');
  });

  it('flushes pending edits when the app asks before quitting, then confirms', async () => {
    const { user, api } = await openNordlicht();
    await user.type(screen.getByLabelText('Notes'), 'last words');
    api.emitFlushRequest();
    await waitFor(() => expect(api.callsOf('confirmFlushed')).toHaveLength(1));
    expect(api.stored.get('nord')?.notes).toBe('last words');
  });
});

describe('departments', () => {
  it('ticks reference functions, adds and renames a custom one, and counts stakeholders', async () => {
    const { user, api } = await openNordlicht();
    await user.click(screen.getByRole('tab', { name: 'Departments' }));
    await user.click(screen.getByRole('checkbox', { name: 'Customer Service' }));
    expect(screen.getByRole('checkbox', { name: 'Customer Service' })).toBeChecked();
    await user.type(screen.getByLabelText('New department'), 'Retail Stores');
    await user.click(screen.getByRole('button', { name: 'Add department' }));
    const custom = screen.getByLabelText('Department name: Retail Stores');
    await user.type(custom, ' & Guiding');
    await waitFor(() =>
      expect(api.stored.get('nord')?.functions.map((fn) => [fn.name, fn.custom])).toEqual([
        ['Customer Service', false],
        ['Retail Stores & Guiding', true],
      ]),
    );
    await user.click(screen.getByRole('button', { name: 'Remove Retail Stores & Guiding' }));
    expect(screen.queryByLabelText(/Department name/)).not.toBeInTheDocument();
  });
});

describe('client navigation', () => {
  it('groups the sections and says where the consultant is in the title bar', async () => {
    const { user } = await openNordlicht();
    const trail = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(trail).toHaveTextContent('Nordlicht OutdoorClientOverview');
    await user.click(screen.getByRole('tab', { name: 'Maturity' }));
    expect(trail).toHaveTextContent('Nordlicht OutdoorAssessMaturity');
    expect(within(trail).getByText('Maturity')).toHaveAttribute('aria-current', 'page');
    await user.click(within(trail).getByRole('link', { name: 'Nordlicht Outdoor' }));
    expect(screen.getByRole('tab', { name: 'Overview' })).toHaveAttribute('aria-selected', 'true');
    await user.click(screen.getByRole('tab', { name: 'KPIs' }));
    await user.click(within(trail).getByRole('link', { name: 'Plan' }));
    expect(screen.getByRole('tab', { name: 'First moves' })).toHaveAttribute('aria-selected', 'true');
  });
});
