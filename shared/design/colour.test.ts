import { describe, expect, it } from 'vitest';
import { contrastRatio, isDarkColour, mixWithWhite, relativeLuminance } from './colour';

describe('relativeLuminance', () => {
  it.each([
    ['#000000', 0],
    ['#ffffff', 1],
    ['#808080', 0.2158605],
    ['#ff0000', 0.2126],
    ['#00ff00', 0.7152],
    ['#0000ff', 0.0722],
  ])('gives the WCAG luminance of %s', (colour, expected) => {
    expect(relativeLuminance(colour)).toBeCloseTo(expected, 5);
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white, whichever comes first', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
  });
  it('is 1 for a colour on itself', () => {
    expect(contrastRatio('#1f5fa8', '#1f5fa8')).toBe(1);
  });
});

describe('mixWithWhite', () => {
  it.each([
    ['#1f6f5c', 0, '#1f6f5c'],
    ['#1f6f5c', 1, '#ffffff'],
    ['#000000', 0.5, '#808080'],
    ['#1f6f5c', 0.9, '#e9f1ef'],
    ['#1f6f5c', 0.65, '#b1cdc6'],
  ])('mixes %s with %f white into %s', (colour, share, expected) => {
    expect(mixWithWhite(colour, share)).toBe(expected);
  });
  it('gets lighter as the white share grows', () => {
    const shares = [0, 0.25, 0.5, 0.75, 1];
    const luminances = shares.map((share) => relativeLuminance(mixWithWhite('#c23a2b', share)));
    expect([...luminances].sort((a, b) => a - b)).toEqual(luminances);
  });
  it('clamps shares outside 0..1', () => {
    expect(mixWithWhite('#1f6f5c', 2)).toBe('#ffffff');
    expect(mixWithWhite('#1f6f5c', -1)).toBe('#1f6f5c');
  });
});

describe('isDarkColour', () => {
  it('calls the brand green and navy dark, pale fills light', () => {
    expect(isDarkColour('#1f6f5c')).toBe(true);
    expect(isDarkColour('#153e75')).toBe(true);
    expect(isDarkColour('#fbe3b4')).toBe(false);
    expect(isDarkColour('#ffffff')).toBe(false);
  });
});
