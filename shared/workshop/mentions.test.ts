import { describe, expect, it } from 'vitest';
import { foldName, matchMention, parseMentionPrefix } from './mentions';

const people = [
  { id: 'p1', name: 'François Dupont', stakeholderId: null, role: '' },
  { id: 'p2', name: 'Zoë Ångström', stakeholderId: null, role: '' },
  { id: 'p3', name: 'Fran Miller', stakeholderId: null, role: '' },
  { id: 'p4', name: 'Ana Lima', stakeholderId: null, role: '' },
  { id: 'p5', name: 'Anaïs Roux', stakeholderId: null, role: '' },
];

describe('foldName', () => {
  it('drops accents and case', () => {
    expect(foldName('François')).toBe('francois');
    expect(foldName('ZOË Ångström')).toBe('zoe angstrom');
  });
});

describe('matchMention', () => {
  it.each([
    ['@francois', 'p1'],
    ['@FRANCOIS', 'p1'],
    ['@François', 'p1'],
    ['@dupont', 'p1'],
    ['@zoe', 'p2'],
    ['@angstrom', 'p2'],
    ['@fran', 'p3'],
    ['@ana', 'p4'],
    ['@anai', 'p5'],
    ['@anais', 'p5'],
  ])('%s credits %s', (mention, id) => {
    expect(matchMention(mention, people)?.id).toBe(id);
  });

  it('credits nobody when the mention is ambiguous or unknown', () => {
    expect(matchMention('@fr', people)).toBeNull();
    expect(matchMention('@nobody', people)).toBeNull();
    expect(matchMention('@', people)).toBeNull();
  });
});

describe('parseMentionPrefix', () => {
  it('takes the mention off the note and credits the participant', () => {
    expect(parseMentionPrefix('@francois More coaching for managers', people)).toEqual({ text: 'More coaching for managers', authorId: 'p1' });
  });

  it('keeps the text as typed when nobody matches', () => {
    expect(parseMentionPrefix('@someone An idea', people)).toEqual({ text: '@someone An idea', authorId: null });
    expect(parseMentionPrefix('No mention here', people)).toEqual({ text: 'No mention here', authorId: null });
  });
});
