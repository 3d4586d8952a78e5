import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sampleWorkshop } from '../../../../shared/workshop/sample-workshop';
import { ApiProvider } from '../../api/ApiContext';
import { createCairnStore } from '../../store/cairn-store';
import { StoreProvider } from '../../store/StoreContext';
import { createFakeApi } from '../../test/fake-api';
import { aClient, hydrateWithOpenClients } from '../../test/factories';
import { AgendaPdfButton } from './AgendaPdfButton';
import { localDate } from './export-file-name';

function setup() {
  const client = aClient({ id: 'c', workshops: [sampleWorkshop()] });
  const api = createFakeApi({ clients: [client] });
  const store = createCairnStore();
  hydrateWithOpenClients(store, [client]);
  render(
    <ApiProvider api={api}>
      <StoreProvider store={store}>
        <AgendaPdfButton clientId="c" workshopId="w1" />
      </StoreProvider>
    </ApiProvider>,
  );
  return { api, user: userEvent.setup() };
}

describe('AgendaPdfButton', () => {
  it('saves the agenda under Client – Workshop – date and says so', async () => {
    const { api, user } = setup();
    api.fileChoices.push('Kickoff agenda.pdf');
    await user.click(screen.getByRole('button', { name: 'Print agenda…' }));
    expect(await screen.findByText('Saved “Kickoff agenda.pdf”.')).toBeInTheDocument();
    expect(api.callsOf('chooseSaveFile')).toEqual([{ kind: 'pdf', defaultName: `Nordlicht Outdoor – Kickoff – ${localDate(new Date())}.pdf` }]);
    expect(api.callsOf('startExport')).toEqual([{ request: { kind: 'agenda', clientId: 'c', workshopId: 'w1' }, fileToken: 'grant-Kickoff agenda.pdf' }]);
  });

  it('does nothing when the save dialog is cancelled', async () => {
    const { api, user } = setup();
    api.fileChoices.push(null);
    await user.click(screen.getByRole('button', { name: 'Print agenda…' }));
    await waitFor(() => expect(api.callsOf('chooseSaveFile')).toHaveLength(1));
    expect(api.callsOf('startExport')).toEqual([]);
    expect(screen.getByRole('button', { name: 'Print agenda…' })).toBeEnabled();
  });
});
