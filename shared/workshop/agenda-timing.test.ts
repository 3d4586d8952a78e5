import { describe, expect, it } from 'vitest';
import { extendItem, finishItem, pauseItem, resumeItem, startItem, timeLeftVsPlan } from './agenda-timing';
import { sampleWorkshop } from './sample-workshop';
import type { Workshop } from './workshop-schema';

const MIN = 60_000;
const T0 = Date.parse('2026-11-22T09:00:00.000Z');
const at = (minutes: number) => T0 + minutes * MIN;

/** The sample's agenda: brain 20, dots 10, rate 15, break 15, wrap 20 = 80 minutes. */
type Op = [(workshop: Workshop, itemId: string, nowMs: number) => Workshop, string, number];

const run = (ops: Op[]): Workshop => ops.reduce((workshop, [op, itemId, minute]) => op(workshop, itemId, at(minute)), sampleWorkshop());

describe('timeLeftVsPlan', () => {
  it.each<[string, Op[], number, { spent: number; left: number; planLeft: number; behind: number; running: string | null }]>([
    ['before the start', [], 0, { spent: 0, left: 80, planLeft: 80, behind: 0, running: null }],
    ['on plan, mid first item', [[startItem, 'i-brain', 0]], 5, { spent: 5, left: 75, planLeft: 75, behind: 0, running: 'i-brain' }],
    ['first item overrunning by 5', [[startItem, 'i-brain', 0]], 25, { spent: 25, left: 60, planLeft: 55, behind: 5, running: 'i-brain' }],
    ['first item finished 5 early', [[startItem, 'i-brain', 0], [finishItem, 'i-brain', 15]], 15, { spent: 15, left: 60, planLeft: 65, behind: -5, running: null }],
    ['a pause does not count as time spent', [[startItem, 'i-brain', 0], [pauseItem, 'i-brain', 5], [resumeItem, 'i-brain', 30]], 35, { spent: 10, left: 70, planLeft: 70, behind: 0, running: 'i-brain' }],
    ['an extension puts the day behind', [[startItem, 'i-brain', 0], [(w, id, now) => extendItem(w, id, 10 * MIN, now), 'i-brain', 1]], 5, { spent: 5, left: 85, planLeft: 75, behind: 10, running: 'i-brain' }],
    ['a skipped item gives its time back', [[finishItem, 'i-break', 0]], 0, { spent: 0, left: 65, planLeft: 80, behind: -15, running: null }],
    ['starting the next item pauses the previous one', [[startItem, 'i-brain', 0], [startItem, 'i-dots', 20]], 25, { spent: 25, left: 55, planLeft: 55, behind: 0, running: 'i-dots' }],
  ])('%s', (_label, ops, minute, expected) => {
    const result = timeLeftVsPlan(run(ops), at(minute));
    expect(result.plannedMs).toBe(80 * MIN);
    expect({ spent: result.spentMs / MIN, left: result.leftMs / MIN, planLeft: result.planLeftMs / MIN, behind: result.behindMs / MIN, running: result.runningItemId }).toEqual(expected);
  });

  it('marks the workshop running when the first item starts and stamps the edit', () => {
    const workshop = run([[startItem, 'i-brain', 2]]);
    expect(workshop.status).toBe('running');
    expect(workshop.updatedAt).toBe('2026-11-22T09:02:00.000Z');
    expect(workshop.agenda[0]!.timer).toEqual({ extensionsMs: 0, startedAt: at(2), accumulatedMs: 0, running: true, done: false });
  });

  it('ignores an unknown item', () => {
    const workshop = sampleWorkshop();
    expect(startItem(workshop, 'ghost', at(0))).toBe(workshop);
  });
});
