import { describe, expect, it } from 'vitest';
import { finishItem, startItem } from './agenda-timing';
import { sampleWorkshop } from './sample-workshop';
import { dayAgainstAvailable, readyToMarkHeld } from './workshop-day';
import { WorkshopSchema } from './workshop-schema';

const MIN = 60_000;
const T0 = Date.parse('2026-11-22T09:00:00.000Z');

describe('dayAgainstAvailable', () => {
  it('is null when the workshop records no available time', () => {
    expect(dayAgainstAvailable(sampleWorkshop(), T0)).toBeNull();
  });

  it('compares what the day needs (80 planned minutes) with the time the room has', () => {
    const workshop = { ...sampleWorkshop(), availableMinutes: 90 };
    expect(dayAgainstAvailable(workshop, T0)).toEqual({ availableMs: 90 * MIN, needMs: 80 * MIN, spareMs: 10 * MIN });
    // 25 minutes into a 20-minute first item: 5 over, so the day needs 85 of the 90.
    const running = startItem(workshop, 'i-brain', T0);
    expect(dayAgainstAvailable(running, T0 + 25 * MIN)?.spareMs).toBe(5 * MIN);
  });

  it('is stored with the workshop and optional in files', () => {
    expect(WorkshopSchema.safeParse({ ...sampleWorkshop(), availableMinutes: 7 * 60 }).success).toBe(true);
    expect(WorkshopSchema.safeParse(sampleWorkshop()).success).toBe(true);
    expect(WorkshopSchema.safeParse({ ...sampleWorkshop(), availableMinutes: 0 }).success).toBe(false);
  });
});

describe('readyToMarkHeld', () => {
  it('is true once every agenda item is finished and the workshop is not yet held', () => {
    let workshop = sampleWorkshop();
    expect(readyToMarkHeld(workshop)).toBe(false);
    for (const item of workshop.agenda) workshop = finishItem(workshop, item.id, T0);
    expect(readyToMarkHeld(workshop)).toBe(true);
    expect(readyToMarkHeld({ ...workshop, status: 'finished' })).toBe(false);
  });
});
