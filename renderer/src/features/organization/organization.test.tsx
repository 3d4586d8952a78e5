import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/render-app';
import { aClient, aStakeholder } from '../../test/factories';

async function openOrganization() {
  const client = aClient({
    id: 'nord',
    stakeholders: [aStakeholder({ id: 'lena', name: 'Lena Vogt', title: 'Community Manager' }), aStakeholder({ id: 'anton', name: 'Anton Weber', title: 'CEO' })],
  });
  const app = await renderApp({ clients: [client] });
  await app.user.click(screen.getByRole('option', { name: /^Nordlicht Outdoor\b/ }));
  await app.user.click(screen.getByRole('tab', { name: 'Organization' }));
  return app;
}

const gaps = () => screen.getByRole('region', { name: 'Gaps' });

describe('Organization tab', () => {
  it('lists every gap of a client with no organization yet, and closes them as roles, committee, model and support are filled', { timeout: 20_000 }, async () => {
    const { user, api } = await openOrganization();
    expect(gaps()).toHaveTextContent('Nobody holds Chief Digital Officer, Social Media Strategist, Content Strategist, Community Manager and Data Analyst.');
    expect(gaps()).toHaveTextContent('There is no Social Media Committee yet.');
    expect(gaps()).toHaveTextContent('No operating model has been chosen.');

    await user.selectOptions(screen.getByLabelText('Community Manager'), 'Lena Vogt · Community Manager');
    await user.selectOptions(screen.getByLabelText('Data Analyst'), 'Someone else (type a name)…');
    await user.type(screen.getByLabelText('Data Analyst name'), 'Agency: Brightline');
    expect(gaps()).toHaveTextContent('Nobody holds Chief Digital Officer, Social Media Strategist and Content Strategist.');

    await user.selectOptions(screen.getByLabelText('Stakeholder to add to the committee'), 'Anton Weber · CEO');
    await user.click(screen.getByRole('button', { name: 'Add to committee' }));
    expect(within(screen.getByRole('list', { name: 'Committee members' })).getByText('Anton Weber')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /Hybrid/ }));
    await user.type(screen.getByLabelText('Rationale'), 'Brands keep their voice');
    await user.click(screen.getByRole('checkbox', { name: 'Access to executives' }));
    await user.type(screen.getByLabelText('Note on access to executives'), 'Monthly with the CEO');

    expect(gaps()).not.toHaveTextContent('committee');
    expect(gaps()).not.toHaveTextContent('operating model');
    expect(gaps()).toHaveTextContent('The community manager still lacks a mandate that crosses departments, dedicated time and resources, tools and budget, feedback loops with internal teams and training.');
    await waitFor(() =>
      expect(api.stored.get('nord')?.organization).toMatchObject({
        committeeMemberIds: ['anton'],
        operatingModel: 'hybrid',
        operatingModelRationale: 'Brands keep their voice',
        roleHolders: expect.arrayContaining([
          { role: 'Community Manager', stakeholderId: 'lena', name: '' },
          { role: 'Data Analyst', stakeholderId: null, name: 'Agency: Brightline' },
        ]),
        supportChecklist: expect.arrayContaining([expect.objectContaining({ id: 'executive-access', met: true, note: 'Monthly with the CEO' })]),
      }),
    );
  });
});
