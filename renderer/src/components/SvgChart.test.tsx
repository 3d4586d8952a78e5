import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { assessmentRadar } from '../../../shared/charts/assessment-charts';
import { buildAssessment } from '../../../shared/assessment/assessment-builders';
import { COMMUNITY_MATURITY_MODEL } from '../../../shared/frameworks/builtin';
import { el, txt } from '../../../shared/charts/svg-tree';
import { SvgChart, reactAttrName } from './SvgChart';

describe('SvgChart', () => {
  it.each([
    ['stroke-dasharray', 'strokeDasharray'],
    ['text-anchor', 'textAnchor'],
    ['font-family', 'fontFamily'],
    ['viewBox', 'viewBox'],
    ['aria-labelledby', 'aria-labelledby'],
    ['data-row', 'data-row'],
    ['role', 'role'],
    ['class', 'className'],
    ['xlink:href', 'xlinkHref'],
  ])('maps %s to %s', (svg, react) => {
    expect(reactAttrName(svg)).toBe(react);
  });

  it('renders the tree as real SVG elements with kebab-case attributes in the DOM', () => {
    const tree = el('svg', { role: 'img', 'aria-labelledby': 't d', viewBox: '0 0 10 10' }, [
      el('title', { id: 't' }, [txt('Tiny chart')]),
      el('desc', { id: 'd' }, [txt('One dashed line.')]),
      el('line', { x1: 0, y1: 0, x2: 10, y2: 10, 'stroke-dasharray': '4 2', 'data-series': 'target' }),
      el('text', { x: 5, y: 5, 'text-anchor': 'middle' }, [txt('Label')]),
    ]);
    const { container } = render(<SvgChart tree={tree} />);
    expect(screen.getByRole('img', { name: 'Tiny chart One dashed line.' })).toBeInTheDocument();
    const line = container.querySelector('line')!;
    expect(line.getAttribute('stroke-dasharray')).toBe('4 2');
    expect(line.getAttribute('data-series')).toBe('target');
    expect(container.querySelector('text')!.getAttribute('text-anchor')).toBe('middle');
    expect(container.querySelector('svg')!.namespaceURI).toBe('http://www.w3.org/2000/svg');
  });

  it('draws a real radar with its accessible title and values', () => {
    const assessment = buildAssessment(COMMUNITY_MATURITY_MODEL, { rows: [[1, 3], [2, 4]] });
    render(<SvgChart tree={assessmentRadar(assessment, COMMUNITY_MATURITY_MODEL, { idPrefix: 'r1' })} />);
    const chart = screen.getByRole('img');
    expect(chart).toHaveAccessibleName(expect.stringContaining('Strategy'));
  });
});
