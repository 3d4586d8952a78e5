import { DEFAULT_LOCALE } from './format';

/**
 * The number and date conventions a consultant can choose for deliverables. The reports are
 * written in English, so each choice is English text with one country's conventions
 * (en-DE writes 1.234,5 and 42 % beside "15 March 2026"), never a second language's month
 * names inside an English sentence.
 */
export const DELIVERABLE_LOCALES = [
  { tag: 'en-GB', label: 'United Kingdom' },
  { tag: 'en-US', label: 'United States' },
  { tag: 'en-IE', label: 'Ireland' },
  { tag: 'en-DE', label: 'Germany' },
  { tag: 'en-AT', label: 'Austria' },
  { tag: 'en-CH', label: 'Switzerland' },
  { tag: 'en-FR', label: 'France' },
  { tag: 'en-BE', label: 'Belgium' },
  { tag: 'en-NL', label: 'Netherlands' },
  { tag: 'en-ES', label: 'Spain' },
  { tag: 'en-IT', label: 'Italy' },
  { tag: 'en-SE', label: 'Sweden' },
  { tag: 'en-DK', label: 'Denmark' },
  { tag: 'en-FI', label: 'Finland' },
] as const;

export type DeliverableLocale = (typeof DELIVERABLE_LOCALES)[number]['tag'];

export const DELIVERABLE_LOCALE_TAGS = DELIVERABLE_LOCALES.map((locale) => locale.tag) as [DeliverableLocale, ...DeliverableLocale[]];

export const DEFAULT_DELIVERABLE_LOCALE: DeliverableLocale = DEFAULT_LOCALE as DeliverableLocale;
