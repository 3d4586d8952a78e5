import { describe, expect, it } from 'vitest';
import { sequentialColour, textColourOn } from './chart-palette';
import { estimateTextWidth, wrapLabel } from './chart-text';

describe('wrapLabel', () => {
  it.each<[string, number, number, string[]]>([
    ['Strategy', 16, 2, ['Strategy']],
    ['Content & Programming', 16, 2, ['Content &', 'Programming']],
    ['Metrics & Measurement', 12, 3, ['Metrics &', 'Measurement']],
    ['A very long competency name indeed', 10, 2, ['A very', 'long comp…']],
    ['Supercalifragilistic', 8, 3, ['Supercal', 'ifragili', 'stic']],
    ['', 10, 2, []],
    ['  spaced   out  ', 20, 2, ['spaced out']],
  ])('%j at %i chars, %i lines → %j', (label, chars, lines, result) => {
    expect(wrapLabel(label, chars, lines)).toEqual(result);
  });
});

describe('estimateTextWidth', () => {
  it('grows with length and font size', () => {
    expect(estimateTextWidth('abcd', 10)).toBeCloseTo(23.2);
    expect(estimateTextWidth('', 12)).toBe(0);
  });
});

describe('sequential scale', () => {
  it.each([
    [1, 4, '#dbe8f6'],
    [4, 4, '#153e75'],
    [1, 1, '#153e75'],
  ])('stage %i of %i is %s', (level, count, colour) => {
    expect(sequentialColour(level, count)).toBe(colour);
  });

  it('puts white text on dark cells and dark text on light ones', () => {
    expect(textColourOn('#153e75')).toBe('#ffffff');
    expect(textColourOn('#dbe8f6')).toBe('#1f2933');
  });
});
