import { describe, expect, it } from 'vitest';
import { PROJECTOR_PALETTES, type PaletteColour } from './projector-palette';

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** Every text colour of the mode on every background it is drawn on. */
const TEXT_PAIRS: [text: PaletteColour, background: PaletteColour][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['text', 'card'],
  ['text-2', 'bg'],
  ['text-2', 'surface'],
  ['text-2', 'card'],
  ['accent', 'bg'],
  ['accent', 'surface'],
  ['accent-text', 'accent'],
  ['alert', 'bg'],
  ['alert-text', 'alert'],
];

describe('the projector palettes', () => {
  const { light, dark } = PROJECTOR_PALETTES;

  it.each([
    ['light', light],
    ['dark', dark],
  ] as const)('gives every text at least 7:1 in the %s palette', (_name, colours) => {
    for (const [text, background] of TEXT_PAIRS) {
      const ratio = contrast(colours[text], colours[background]);
      expect({ text, background, enough: ratio >= 7 }).toEqual({ text, background, enough: true });
    }
  });

  it('keeps focus rings and card edges visible (3:1 for non-text)', () => {
    for (const colours of [light, dark]) {
      expect(contrast(colours.focus, colours.bg)).toBeGreaterThanOrEqual(3);
      expect(contrast(colours.focus, colours.card)).toBeGreaterThanOrEqual(3);
      expect(contrast(colours.border, colours.bg)).toBeGreaterThanOrEqual(3);
      expect(contrast(colours['card-border'], colours.bg)).toBeGreaterThanOrEqual(3);
    }
  });

  it('measures contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
