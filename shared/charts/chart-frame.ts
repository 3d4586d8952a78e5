import { el, round2, txt, type SvgElement, type SvgNode } from './svg-tree';

export const CHART_FONT = 'Inter, "Segoe UI", system-ui, sans-serif';

/**
 * The accessible root every chart shares: role="img", a <title> and a <desc> holding the
 * values as text, referenced by aria-labelledby. `idPrefix` keeps ids unique when a
 * screen or report holds several charts.
 */
export function chartRoot(options: {
  width: number;
  height: number;
  minX?: number;
  minY?: number;
  title: string;
  desc: string;
  idPrefix: string;
  children: SvgNode[];
  /** "group" when the chart holds controls (an app view's clickable bars): an img hides its children from assistive technology. */
  role?: 'img' | 'group';
  /** A short name in place of title + desc, for an app view whose controls carry the detail. */
  ariaLabel?: string;
}): SvgElement {
  const titleId = `${options.idPrefix}-title`;
  const descId = `${options.idPrefix}-desc`;
  const width = round2(options.width);
  const height = round2(options.height);
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `${round2(options.minX ?? 0)} ${round2(options.minY ?? 0)} ${width} ${height}`,
      width,
      height,
      role: options.role ?? 'img',
      ...(options.ariaLabel ? { 'aria-label': options.ariaLabel } : { 'aria-labelledby': `${titleId} ${descId}` }),
      'font-family': CHART_FONT,
    },
    [el('title', { id: titleId }, [txt(options.title)]), el('desc', { id: descId }, [txt(options.desc)]), ...options.children],
  );
}

/** A multi-line label: one <text> with a <tspan> per line. */
export function multilineText(lines: string[], attrs: { x: number; y: number; lineHeight: number } & Record<string, string | number>): SvgElement {
  const { x, y, lineHeight, ...rest } = attrs;
  return el(
    'text',
    { x: round2(x), y: round2(y), ...rest },
    lines.map((line, index) => el('tspan', { x: round2(x), y: round2(y + index * lineHeight) }, [txt(line)])),
  );
}
