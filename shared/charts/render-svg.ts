import { isSvgText, type SvgAttrValue, type SvgNode } from './svg-tree';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Characters XML 1.0 forbids outright; a pasted name could carry them. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text and attribute values alike, quotes included, so any name is safe anywhere. */
export const escapeXml = (value: string): string => value.replace(FORBIDDEN_XML_CHARS, '').replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!);

const SAFE_NAME = /^[A-Za-z][A-Za-z0-9:._-]*$/;

/** Event handlers never belong in a chart; dropping them keeps a tree from untrusted data inert. */
const isSafeAttribute = (name: string): boolean => SAFE_NAME.test(name) && !/^on/i.test(name);

const formatValue = (value: SvgAttrValue): string => {
  if (typeof value === 'string') return value;
  // Charts never produce non-finite numbers (a property test checks); keep a broken value out of the file anyway.
  return Number.isFinite(value) ? String(Object.is(value, -0) ? 0 : value) : '0';
};

/**
 * Serializes a chart tree to SVG markup for the PDF report and exported files. Text and
 * attribute values are escaped; unknown-looking tag or attribute names are dropped.
 */
export function renderSvgToString(node: SvgNode): string {
  if (isSvgText(node)) return escapeXml(node.text);
  if (!SAFE_NAME.test(node.tag)) return '';
  const attrs = Object.entries(node.attrs)
    .filter(([name]) => isSafeAttribute(name))
    .map(([name, value]) => ` ${name}="${escapeXml(formatValue(value))}"`)
    .join('');
  if (node.children.length === 0) return `<${node.tag}${attrs}/>`;
  return `<${node.tag}${attrs}>${node.children.map(renderSvgToString).join('')}</${node.tag}>`;
}
