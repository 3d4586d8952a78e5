import { describe, expect, it } from 'vitest';
import { shortName, stakeholderGridChart, stakeholderMark, type GridStakeholder } from './stakeholder-grid-chart';
import { findAll, textContent } from './svg-tree';

const person = (id: string, name: string, influence: number, interest: number, roles: Partial<GridStakeholder> = {}): GridStakeholder => ({
  id,
  name,
  influence,
  interest,
  isSponsor: false,
  isChampion: false,
  isCommunityLeader: false,
  ...roles,
});
const people = [
  person('s', 'Jürgen Brandt', 5, 4, { isSponsor: true, isChampion: true }),
  person('c', 'Zoë Lang', 4, 5, { isChampion: true }),
  person('l', 'Małgorzata Wiśniewska', 3, 5, { isCommunityLeader: true }),
  person('o', 'Helga Schmidt', 2, 3),
  person('m', 'Björn Åberg', 1, 1),
];
const chart = stakeholderGridChart({ stakeholders: people });
const mark = (id: string) => findAll(chart, 'g').find((g) => g.attrs['data-stakeholder'] === id)!;

describe('stakeholderGridChart', () => {
  it('gives each role its own shape, the strongest role winning', () => {
    expect(['s', 'c', 'l', 'o'].map((id) => mark(id).attrs['data-mark'])).toEqual(['sponsor', 'champion', 'leader', 'other']);
    expect(findAll(mark('s'), 'circle')).toHaveLength(2);
    expect(findAll(mark('c'), 'polygon')).toHaveLength(1);
    expect(findAll(mark('l'), 'rect')).toHaveLength(1);
    expect(stakeholderMark({ isSponsor: false, isChampion: true, isCommunityLeader: true })).toBe('champion');
  });

  it('puts each person in the quadrant of the power/interest rule, higher influence higher up', () => {
    expect(people.map((p) => mark(p.id).attrs['data-quadrant-of'])).toEqual(['manage-closely', 'manage-closely', 'manage-closely', 'keep-informed', 'monitor']);
    const y = (id: string) => Number((findAll(mark(id), 'circle')[0] ?? findAll(mark(id), 'rect')[0] ?? findAll(mark(id), 'polygon')[0])!.attrs.cy ?? 0);
    expect(y('s')).toBeLessThan(y('o'));
  });

  it('labels people by short name and names the quadrants and roles', () => {
    const texts = findAll(chart, 'text').map(textContent);
    expect(texts).toEqual(expect.arrayContaining(['Jürgen B.', 'Zoë L.', 'Manage closely', 'Keep satisfied', 'Monitor', 'Keep informed', 'Executive sponsor', 'Champion', 'Community leader']));
    expect(shortName('Dr. Anna Becker')).toBe('Anna B.');
    expect(shortName('Cher')).toBe('Cher');
  });

  it('lists each quadrant with names and roles in the desc', () => {
    const desc = textContent(findAll(chart, 'desc')[0]!);
    expect(desc).toContain('Manage closely: Jürgen Brandt (executive sponsor, champion); Zoë Lang (champion); Małgorzata Wiśniewska (community leader).');
    expect(desc).toContain('Keep satisfied: nobody.');
    expect(textContent(findAll(stakeholderGridChart({ stakeholders: [] }), 'desc')[0]!)).toBe('No stakeholders recorded yet.');
  });
});

describe('stakeholderGridChart in the app', () => {
  it('makes each marker a button named by the caller, with the role as a class, inside a named group', () => {
    const app = stakeholderGridChart({ stakeholders: people, interactive: true, describe: (p) => `${p.name}: influence ${p.influence}` });
    expect(app.attrs.role).toBe('group');
    expect(app.attrs['aria-label']).toBe('Influence and interest grid');
    const sponsor = findAll(app, 'g').find((g) => g.attrs['data-stakeholder'] === 's')!;
    expect(sponsor.attrs).toMatchObject({ role: 'button', tabindex: 0, 'aria-label': 'Jürgen Brandt: influence 5', class: 'chart-button marker--sponsor' });
    expect(findAll(chart, 'g').filter((g) => g.attrs.role === 'button')).toHaveLength(0);
  });
});
