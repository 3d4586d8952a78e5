import type { Framework } from '../../../../shared/frameworks/framework-schema';
import { formatDelta } from '../../../../shared/charts/delta-bars';

/** "2 · Emergent Community", or an em dash when there is no stage. */
export function stageLabel(framework: Framework, level: number | null): string {
  if (level === null) return '—';
  const name = framework.stages[Math.round(level) - 1]?.name;
  return Number.isInteger(level) && name ? `${level} · ${name}` : String(level);
}

/** "↑ +1", "↓ −2", "→ 0", "– n/a": the arrow carries the direction, not colour. */
export function arrowDelta(delta: number | null): string {
  if (delta === null) return '– n/a';
  const arrow = delta > 0 ? '↑' : delta < 0 ? '↓' : '→';
  return `${arrow} ${formatDelta(delta)}`;
}

export const frameworkLabel = (framework: Pick<Framework, 'name' | 'version'>): string => `${framework.name} ${framework.version}`;
