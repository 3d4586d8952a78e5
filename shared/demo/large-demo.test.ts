import { describe, expect, it } from 'vitest';
import { ClientSchema } from '../domain/client';
import { LARGE_DEMO_SIZES, buildLargeDemoClient, largeDemoEngagementId } from './large-demo';

describe('buildLargeDemoClient', () => {
  const client = buildLargeDemoClient();
  const engagementId = largeDemoEngagementId(client);

  it('is a valid client the same every time', () => {
    const parsed = ClientSchema.safeParse(client);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
    expect(buildLargeDemoClient()).toEqual(client);
  });

  it('holds the benchmark sizes in one engagement', () => {
    expect(client.initiatives.filter((i) => i.engagementId === engagementId)).toHaveLength(LARGE_DEMO_SIZES.initiatives);
    const workshops = client.workshops.filter((w) => w.engagementId === engagementId);
    expect(workshops).toHaveLength(20);
    expect(workshops.reduce((sum, w) => sum + w.notes.length, 0)).toBe(2_000);
    expect(client.kpis).toHaveLength(50);
    expect(client.kpis.every((kpi) => kpi.measurements.length > 0)).toBe(true);
  });
});
