import type { Kpi } from '../kpi/kpi-schema';
import type { Initiative } from '../roadmap/initiative-schema';

/** Which demo KPIs measure which demo initiatives: KPI catalogue id → initiative library ids. */
const DEMO_KPI_LINKS: Record<string, readonly string[]> = {
  'share-of-voice': ['move-listening-program', 'p1-kpi-framework'],
  'resolution-time': ['p2-community-management-plan'],
  'resolution-rate': ['p2-community-management-plan'],
  'member-reshares': ['p2-voice-and-tone'],
  'trends-captured': ['p4-product-innovation'],
  followers: ['p3-influencer-partnerships'],
};

/**
 * Link the demo's KPIs and initiatives on both sides (`kpi.initiativeIds` and
 * `initiative.kpiIds`), as the app keeps them, so the demo shows the connection.
 */
export function linkDemoKpis(initiatives: readonly Initiative[], kpis: readonly Kpi[]): { initiatives: Initiative[]; kpis: Kpi[] } {
  const byLibraryId = new Map(initiatives.filter((item) => item.libraryId).map((item) => [item.libraryId!, item.id]));
  const linkedKpis = kpis.map((kpi) => {
    const ids = (DEMO_KPI_LINKS[kpi.catalogueId ?? ''] ?? []).map((libraryId) => byLibraryId.get(libraryId)).filter((id) => id !== undefined);
    return ids.length === 0 ? kpi : { ...kpi, initiativeIds: [...new Set([...kpi.initiativeIds, ...ids])] };
  });
  const kpisOf = new Map<string, string[]>();
  for (const kpi of linkedKpis) for (const id of kpi.initiativeIds) kpisOf.set(id, [...(kpisOf.get(id) ?? []), kpi.id]);
  const linkedInitiatives = initiatives.map((item) =>
    kpisOf.has(item.id) ? { ...item, kpiIds: [...new Set([...item.kpiIds, ...kpisOf.get(item.id)!])] } : item,
  );
  return { initiatives: linkedInitiatives, kpis: linkedKpis };
}
