import { describe, expect, it } from 'vitest';
import { formatClock, formatMinutes, parseAuthorPrefix } from './facilitator-format';

const people = [
  { id: 'p-ana', stakeholderId: null, name: 'Ana Ruiz', role: '' },
  { id: 'p-ben', stakeholderId: null, name: 'Ben Okafor', role: '' },
  { id: 'p-bea', stakeholderId: null, name: 'Bea Lind', role: '' },
];

describe('facilitator formats', () => {
  it('shows a countdown as m:ss, with hours only past an hour, never negative', () => {
    expect(formatClock(65_000)).toBe('1:05');
    expect(formatClock(59_001)).toBe('1:00');
    expect(formatClock(3_725_000)).toBe('1:02:05');
    expect(formatClock(-5_000)).toBe('0:00');
  });

  it('shows day totals in minutes and hours', () => {
    expect(formatMinutes(25 * 60_000)).toBe('25 min');
    expect(formatMinutes(65 * 60_000)).toBe('1 h 05 min');
  });

  it('credits a note to the one participant an @prefix names', () => {
    expect(parseAuthorPrefix('@ana Silos everywhere', people)).toEqual({ text: 'Silos everywhere', authorId: 'p-ana' });
    expect(parseAuthorPrefix('@okafor No time', people)).toEqual({ text: 'No time', authorId: 'p-ben' });
  });

  it('keeps the text as typed when the prefix is ambiguous or unknown', () => {
    expect(parseAuthorPrefix('@b Two Bs', people)).toEqual({ text: '@b Two Bs', authorId: null });
    expect(parseAuthorPrefix('@zed Nobody', people)).toEqual({ text: '@zed Nobody', authorId: null });
    expect(parseAuthorPrefix('Plain note', people)).toEqual({ text: 'Plain note', authorId: null });
  });
});
