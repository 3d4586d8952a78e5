import { describe, expect, it } from 'vitest';
import { countOf } from './plural';

describe('countOf', () => {
  it('writes the noun in the number the count asks for', () => {
    expect(countOf(1, 'note')).toBe('1 note');
    expect(countOf(2, 'note')).toBe('2 notes');
    expect(countOf(0, 'note')).toBe('0 notes');
    expect(countOf(1, 'person', 'people')).toBe('1 person');
    expect(countOf(12, 'person', 'people')).toBe('12 people');
  });
});
