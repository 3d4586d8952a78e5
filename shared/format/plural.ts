const rules = new Map<string, Intl.PluralRules>();

/**
 * "1 note", "2 notes", "0 notes": a count with its noun in the right number, by the
 * locale's plural rules (English text throughout the app). The plural defaults to the
 * singular plus "s"; give it for nouns that differ ("person" → "people").
 */
export function countOf(count: number, singular: string, plural = `${singular}s`, locale = 'en'): string {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return `${count} ${rule.select(count) === 'one' ? singular : plural}`;
}
