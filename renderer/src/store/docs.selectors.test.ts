import { describe, expect, it } from 'vitest';
import { summarizeClient } from '../../../shared/domain/client';
import { listedClients, matchesSearch, viewCounts, viewOf, visibleClients } from './docs.selectors';
import { aClient } from '../test/factories';

const docs = Object.fromEntries(
  [
    aClient({ id: 'a', name: 'Nordlicht Outdoor', industry: 'Retail', region: 'Hamburg' }),
    aClient({ id: 'b', name: 'alpenblick Hotels', industry: 'Hospitality', region: 'Tirol' }),
    aClient({ id: 'c', name: 'Café Zürich', industry: 'Food', region: 'Zürich', archivedAt: '2026-01-01T00:00:00.000Z' }),
    aClient({ id: 'd', name: 'Gone GmbH', industry: 'Retail', region: 'Berlin', deletedAt: '2026-01-02T00:00:00.000Z', archivedAt: '2026-01-01T00:00:00.000Z' }),
  ].map((client) => [client.id, client]),
);

describe('viewOf', () => {
  it.each([
    [null, null, 'active'],
    ['2026-01-01T00:00:00.000Z', null, 'archived'],
    [null, '2026-01-01T00:00:00.000Z', 'trash'],
    ['2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'trash'],
  ] as const)('archivedAt %s, deletedAt %s → %s', (archivedAt, deletedAt, view) => {
    expect(viewOf({ archivedAt, deletedAt })).toBe(view);
  });
});

describe('matchesSearch', () => {
  const client = { name: 'Café Zürich', industry: 'Food & drink', region: 'Switzerland' };
  it.each([
    ['', true],
    ['  ', true],
    ['cafe', true],
    ['ZURICH', true],
    ['drink', true],
    ['swiss', false],
    ['switz', true],
    ['bakery', false],
  ])('"%s" → %s', (search, expected) => {
    expect(matchesSearch(client, search)).toBe(expected);
  });
});

describe('visibleClients', () => {
  it('lists the active clients by name, case-insensitively', () => {
    expect(visibleClients(docs, 'active', '').map((c) => c.id)).toEqual(['b', 'a']);
  });

  it('filters by industry and region as well as name', () => {
    expect(visibleClients(docs, 'active', 'tirol').map((c) => c.id)).toEqual(['b']);
    expect(visibleClients(docs, 'active', 'retail').map((c) => c.id)).toEqual(['a']);
  });

  it('shows archived and trashed clients only in their own views', () => {
    expect(visibleClients(docs, 'archived', '').map((c) => c.id)).toEqual(['c']);
    expect(visibleClients(docs, 'trash', 'retail').map((c) => c.id)).toEqual(['d']);
  });

  it('summarizes rather than copying documents', () => {
    expect(visibleClients(docs, 'archived', '')[0]).toEqual({
      id: 'c',
      name: 'Café Zürich',
      industry: 'Food',
      region: 'Zürich',
      archivedAt: '2026-01-01T00:00:00.000Z',
      deletedAt: null,
      updatedAt: '2026-01-05T09:00:00.000Z',
      size: expect.any(String),
      createdAt: expect.any(String),
      stakeholderCount: 0,
      engagementCount: 0,
      assessmentCount: 0,
    });
  });

  it('lists open clients from their documents and the others from their summaries', () => {
    const open = aClient({ id: 'open', name: 'Renamed in memory' });
    const listed = listedClients({ open }, { other: summarizeClient(aClient({ id: 'other', name: 'On disk only' })) });
    expect(visibleClients(listed, 'active', '').map((client) => client.name)).toEqual(['On disk only', 'Renamed in memory']);
    expect(viewCounts(listed)).toEqual({ active: 2, archived: 0, trash: 0 });
  });
});

describe('viewCounts', () => {
  it('counts each view', () => {
    expect(viewCounts(docs)).toEqual({ active: 2, archived: 1, trash: 1 });
  });
  it('counts nothing for an empty workspace', () => {
    expect(viewCounts({})).toEqual({ active: 0, archived: 0, trash: 0 });
  });
});
