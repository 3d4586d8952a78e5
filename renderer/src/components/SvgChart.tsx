import { createElement, type ReactNode } from 'react';
import { isSvgText, type SvgElement, type SvgNode } from '../../../shared/charts/svg-tree';

/** SVG's kebab-case names → React's props; aria-*, data-* and role pass through as they are. */
export function reactAttrName(name: string): string {
  if (name === 'class') return 'className';
  if (name.startsWith('aria-') || name.startsWith('data-') || name === 'role') return name;
  if (name.startsWith('xlink:') || name.startsWith('xml:')) {
    const [prefix, rest = ''] = name.split(':');
    return `${prefix}${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
  }
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function toReact(node: SvgNode, key: number | string): ReactNode {
  if (isSvgText(node)) return node.text;
  const props: Record<string, string | number> = { key };
  for (const [name, value] of Object.entries(node.attrs)) props[reactAttrName(name)] = value;
  return createElement(node.tag, props, ...node.children.map((child, index) => toReact(child, index)));
}

/**
 * Draws a chart built by `shared/charts` as React elements, never as an HTML string, so the
 * screen shows exactly what the PDF report renders, under the app's CSP. The tree carries its
 * own role="img", <title> and <desc>.
 */
export function SvgChart({ tree, className }: { tree: SvgElement; className?: string }) {
  return <div className={className ? `svg-chart ${className}` : 'svg-chart'}>{toReact(tree, 'root')}</div>;
}
