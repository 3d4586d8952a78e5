import { formatNumber } from '../../format/format';

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A count as words up to ten and figures beyond: "six", "15". */
export const countWord = (count: number, locale?: string): string => (Number.isInteger(count) && count >= 0 && count <= 10 ? WORDS[count]! : formatNumber(count, locale));

/** A count with its noun, so it says what it counts: "one initiative", "15 initiatives". */
export function counted(count: number, singular: string, plural = `${singular}s`, locale?: string): string {
  return `${countWord(count, locale)} ${count === 1 ? singular : plural}`;
}

/** The same with a figure always ("15 initiatives", "2 done" style tables and tiles). */
export function countedFigure(count: number, singular: string, plural = `${singular}s`, locale?: string): string {
  return `${formatNumber(count, locale)} ${count === 1 ? singular : plural}`;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export const capitalise = (text: string): string => (text ? text[0]!.toUpperCase() + text.slice(1) : text);

/** How many names a sentence lists before it counts instead. */
export const NAMES_BEFORE_COUNTING = 3;

/**
 * A group of competencies that share a value, named when it is small and counted when it
 * is not, so a tie is never cut to its first few members: "Culture and Tools" but "six
 * competencies". `noun` is the plural for the counted form.
 */
export function groupPhrase(names: readonly string[], noun = 'competencies', singular = 'competency'): string {
  if (names.length <= NAMES_BEFORE_COUNTING) return joinNames(names);
  return counted(names.length, singular, noun);
}

/**
 * The client's name as a sentence uses it: legal forms dropped ("Nordlicht Outdoor GmbH" →
 * "Nordlicht Outdoor").
 */
export function shortClientName(name: string): string {
  const trimmed = name.trim().replace(/[,\s]+(GmbH( & Co\.? KG)?|AG|SE|KG|Ltd\.?|Limited|Inc\.?|LLC|plc|S\.?A\.?|SAS|S\.?p\.?A\.?|B\.?V\.?|N\.?V\.?|Oy|AB|AS|A\/S|Sp\. z o\.o\.)$/i, '');
  return trimmed || name.trim();
}
