import { describe, expect, it } from 'vitest';
import { safeStream, terminalOutput, terminalText } from './terminal-text';

describe('terminalText', () => {
  it.each([
    ['Nordlicht Outdoor GmbH', 'Nordlicht Outdoor GmbH'],
    ['Zoë & Łukasz — 北京', 'Zoë & Łukasz — 北京'],
    ['\u001b[2J\u001b[HEvil', '\\u001b[2J\\u001b[HEvil'],
    ['\u001b]0;owned\u0007title', '\\u001b]0;owned\\u0007title'],
    ['safe\rFAKE', 'safe\\u000dFAKE'],
    ['two\nlines', 'two\\u000alines'],
    ['back\bspace\u007f', 'back\\u0008space\\u007f'],
    ['c1 csi \u009b31m', 'c1 csi \\u009b31m'],
    ['\u202eexe.cod', '\\u202eexe.cod'],
  ])('shows %j as %j', (input, expected) => {
    expect(terminalText(input)).toBe(expected);
  });
});

describe('terminalOutput', () => {
  it('keeps line breaks of a message but escapes the rest', () => {
    expect(terminalOutput('Wrote 2 clients.\nName: \u001b[31mred\u001b[0m\n')).toBe('Wrote 2 clients.\nName: \\u001b[31mred\\u001b[0m\n');
  });

  it('leaves JSON output valid JSON with the same values', () => {
    const json = JSON.stringify({ name: 'a\u009bb\u202ec' });
    expect(JSON.parse(terminalOutput(json))).toEqual({ name: 'a\u009bb\u202ec' });
  });

  it('filters every write of a stream', () => {
    let written = '';
    safeStream({ write: (text: string) => (written += text) }).write('\u001b[1mbold\n');
    expect(written).toBe('\\u001b[1mbold\n');
  });
});
