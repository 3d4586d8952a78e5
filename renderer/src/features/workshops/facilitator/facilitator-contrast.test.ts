import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

// Read as text from the project root (where the tests run): the test environment does not load stylesheets.
const css = readFileSync('renderer/src/features/workshops/facilitator/facilitator.css', 'utf8');

/** The `--f-*` colours declared in the first block opened by `selector`. */
function palette(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/--(f-[a-z0-9-]+):\s*(#[0-9a-f]{6})/gi)].map((match) => [match[1]!, match[2]!.toLowerCase()]));
}

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
const TEXT_PAIRS: [text: string, background: string][] = [
  ['f-text', 'f-bg'],
  ['f-text', 'f-surface'],
  ['f-text', 'f-card'],
  ['f-text-2', 'f-bg'],
  ['f-text-2', 'f-surface'],
  ['f-text-2', 'f-card'],
  ['f-accent', 'f-bg'],
  ['f-accent', 'f-surface'],
  ['f-accent-text', 'f-accent'],
  ['f-alert', 'f-bg'],
  ['f-alert-text', 'f-alert'],
];

describe('the projector palettes', () => {
  const light = palette('.facilitator');
  const dark = { ...light, ...palette(".facilitator[data-theme='dark']") };

  it.each([
    ['light', light],
    ['dark', dark],
  ])('gives every text at least 7:1 in the %s palette', (_name, colours) => {
    for (const [text, background] of TEXT_PAIRS) {
      const ratio = contrast(colours[text]!, colours[background]!);
      expect({ text, background, enough: ratio >= 7 }).toEqual({ text, background, enough: true });
    }
  });

  it('keeps focus rings and card edges visible (3:1 for non-text)', () => {
    for (const colours of [light, dark]) {
      expect(contrast(colours['f-focus']!, colours['f-bg']!)).toBeGreaterThanOrEqual(3);
      expect(contrast(colours['f-focus']!, colours['f-card']!)).toBeGreaterThanOrEqual(3);
      expect(contrast(colours['f-border']!, colours['f-bg']!)).toBeGreaterThanOrEqual(3);
      expect(contrast(colours['f-card-border']!, colours['f-bg']!)).toBeGreaterThanOrEqual(3);
    }
  });

  it('reads the palettes it checks', () => {
    expect(Object.keys(light).length).toBeGreaterThan(10);
    expect(dark['f-bg']).toBe('#000000');
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
