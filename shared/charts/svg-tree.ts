/**
 * A tiny, typed picture of an SVG document: plain data, no DOM. The React app maps it to
 * elements and the PDF report renders it to a string, so both draw the same chart.
 * Attribute names are SVG's own (kebab-case, e.g. `stroke-dasharray`); a React mapper
 * converts them to camelCase.
 */
export type SvgTag = 'svg' | 'g' | 'title' | 'desc' | 'circle' | 'line' | 'polygon' | 'polyline' | 'rect' | 'text' | 'tspan' | 'path';

export type SvgAttrValue = string | number;

export interface SvgElement {
  tag: SvgTag;
  attrs: Record<string, SvgAttrValue>;
  children: SvgNode[];
}

export interface SvgText {
  text: string;
}

export type SvgNode = SvgElement | SvgText;

export const isSvgText = (node: SvgNode): node is SvgText => 'text' in node && !('tag' in node);

export const el = (tag: SvgTag, attrs: Record<string, SvgAttrValue> = {}, children: SvgNode[] = []): SvgElement => ({ tag, attrs, children });

export const txt = (text: string): SvgText => ({ text });

/** Coordinates rounded to hundredths keep output short and identical in both renderers. */
export const round2 = (value: number): number => {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? 0 : rounded;
};

/** Every element of a tree, depth first, for tests and for finding nodes by tag. */
export function* walkSvg(node: SvgNode): Generator<SvgNode> {
  yield node;
  if (!isSvgText(node)) for (const child of node.children) yield* walkSvg(child);
}

export const findAll = (node: SvgNode, tag: SvgTag): SvgElement[] =>
  [...walkSvg(node)].filter((item): item is SvgElement => !isSvgText(item) && item.tag === tag);

/** The concatenated text inside a node, e.g. the content of `<title>`. */
export const textContent = (node: SvgNode): string =>
  [...walkSvg(node)].map((item) => (isSvgText(item) ? item.text : '')).join('');
