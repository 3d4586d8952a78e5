import { describe, expect, it } from 'vitest';
import { ClientSchema, type Client } from '../domain/client';
import { buildDemoClient } from '../demo/demo-client';
import { clientIntegrityProblem } from './client-integrity';
import { applyMerge, planCreate, planMerge, withFreshIds } from './import-merge';

let counter = 0;
const mine = buildDemoClient({ newId: () => `id-${(counter += 1)}`, now: new Date('2026-02-01T08:00:00.000Z') });
const LATER = '2026-04-01T09:00:00.000Z';
const EARLIER = '2026-01-15T09:00:00.000Z';
const NOW = '2026-05-01T12:00:00.000Z';
const copy = (client: Client): Client => structuredClone(client);

describe('planMerge', () => {
  it('finds nothing to do when the file holds the same client', () => {
    const plan = planMerge(mine, copy(mine));
    expect(plan.items).toEqual([]);
    expect(plan.groups.find((group) => group.entity === 'stakeholders')?.counts.unchanged).toBe(mine.stakeholders.length);
  });

  it('takes newer copies, keeps newer local ones with the reason, adds what is only in the file', () => {
    const theirs = copy(mine);
    theirs.stakeholders[0]!.title = 'Chief Executive';
    theirs.stakeholders[0]!.updatedAt = LATER;
    theirs.initiatives[1]!.title = 'An older idea';
    theirs.initiatives[1]!.updatedAt = EARLIER;
    theirs.engagements.push({ ...theirs.engagements[0]!, id: 'eng-new', title: 'Follow-up 2027' });
    const plan = planMerge(mine, theirs);
    expect(plan.items.map((item) => [item.entity, item.state, item.label])).toEqual([
      ['stakeholders', 'updated', mine.stakeholders[0]!.name],
      ['engagements', 'created', 'Follow-up 2027'],
      ['initiatives', 'skipped', mine.initiatives[1]!.title],
    ]);
    expect(plan.items[2]!.reason).toMatch(/changed later .* yours is kept/);
    const merged = applyMerge(mine, theirs, {}, NOW);
    expect(merged.stakeholders[0]!.title).toBe('Chief Executive');
    expect(merged.initiatives[1]!.title).toBe(mine.initiatives[1]!.title);
    expect(merged.engagements.map((engagement) => engagement.id)).toEqual([...mine.engagements.map((engagement) => engagement.id), 'eng-new']);
    expect(merged.updatedAt).toBe(NOW);
  });

  it('lets the consultant take the file copy of a skipped or conflicting entity', () => {
    const theirs = copy(mine);
    theirs.kpis[0]!.name = 'Renamed in the file';
    theirs.kpis[0]!.updatedAt = mine.kpis[0]!.updatedAt;
    const item = planMerge(mine, theirs).items[0]!;
    expect(item).toMatchObject({ entity: 'kpis', state: 'conflict', key: `kpis:${mine.kpis[0]!.id}` });
    expect(applyMerge(mine, theirs, {}, NOW).kpis[0]!.name).toBe(mine.kpis[0]!.name);
    expect(applyMerge(mine, theirs, { [item.key]: 'theirs' }, NOW).kpis[0]!.name).toBe('Renamed in the file');
  });

  it('keeps entities only in the workspace and counts them', () => {
    const theirs = copy(mine);
    theirs.kpis = theirs.kpis.slice(1);
    const plan = planMerge(mine, theirs);
    expect(plan.groups.find((group) => group.entity === 'kpis')?.kept).toBe(1);
    expect(applyMerge(mine, theirs, {}, NOW)).toEqual(mine);
  });
});

describe('withFreshIds', () => {
  it('gives the client and every entity new ids and keeps every reference resolvable', () => {
    let next = 0;
    const fresh = withFreshIds(mine, () => `new-${(next += 1)}`);
    expect(fresh.id).not.toBe(mine.id);
    expect(fresh.stakeholders.every((person) => person.id.startsWith('new-'))).toBe(true);
    expect(fresh.assessments.every((assessment) => fresh.engagements.some((engagement) => engagement.id === assessment.engagementId))).toBe(true);
    expect(clientIntegrityProblem(fresh)).toBeNull();
    expect(ClientSchema.safeParse(fresh).success).toBe(true);
    // Framework and competency ids are not the client's; they stay.
    expect(fresh.assessments.map((assessment) => assessment.frameworkId)).toEqual(mine.assessments.map((assessment) => assessment.frameworkId));
    expect(JSON.stringify(fresh)).not.toContain(`"${mine.engagements[0]!.id}"`);
  });
});

describe('planCreate', () => {
  it('counts every entity of a new client as created', () => {
    const plan = planCreate(mine);
    expect(plan.groups.find((group) => group.entity === 'client')?.counts.created).toBe(1);
    expect(plan.groups.find((group) => group.entity === 'initiatives')?.counts.created).toBe(mine.initiatives.length);
  });
});
