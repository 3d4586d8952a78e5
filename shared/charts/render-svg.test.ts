import { describe, expect, it } from 'vitest';
import { escapeXml, renderSvgToString } from './render-svg';
import { el, txt } from './svg-tree';

describe('escapeXml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    [`"quoted" and 'single'`, '&quot;quoted&quot; and &#39;single&#39;'],
    ['&amp; already', '&amp;amp; already'],
    ['bell\u0007 and nul\u0000 gone', 'bell and nul gone'],
    ['Ünïcödé — ok', 'Ünïcödé — ok'],
  ])('%j → %j', (input, output) => {
    expect(escapeXml(input)).toBe(output);
  });
});

describe('renderSvgToString', () => {
  it('writes elements, attributes and text', () => {
    const tree = el('svg', { viewBox: '0 0 10 10', width: 10 }, [el('circle', { cx: 5, cy: 5, r: 2 }), el('text', { x: 1 }, [txt('Hi')])]);
    expect(renderSvgToString(tree)).toBe('<svg viewBox="0 0 10 10" width="10"><circle cx="5" cy="5" r="2"/><text x="1">Hi</text></svg>');
  });

  it('escapes hostile names in text and attributes alike', () => {
    const hostile = `<script>x</script>" onload="alert('&')`;
    const out = renderSvgToString(el('g', { 'data-label': hostile }, [el('title', {}, [txt(hostile)])]));
    expect(out).not.toContain('<script>');
    expect(out).not.toMatch(/"\s+onload=/);
    expect(out).toBe(
      '<g data-label="&lt;script&gt;x&lt;/script&gt;&quot; onload=&quot;alert(&#39;&amp;&#39;)"><title>&lt;script&gt;x&lt;/script&gt;&quot; onload=&quot;alert(&#39;&amp;&#39;)</title></g>',
    );
  });

  it.each([
    ['an event handler', { onclick: 'x()', r: 1 }, '<circle r="1"/>'],
    ['a name with spaces or quotes', { 'r" onload="x': 1, r: 2 }, '<circle r="2"/>'],
    ['a non-finite number', { r: Number.NaN, cx: Number.POSITIVE_INFINITY }, '<circle r="0" cx="0"/>'],
    ['negative zero', { cx: -0 }, '<circle cx="0"/>'],
  ])('handles %s', (_label, attrs, out) => {
    expect(renderSvgToString(el('circle', attrs))).toBe(out);
  });
});
