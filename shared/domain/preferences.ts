import { z } from 'zod';
import { shortText } from './common';
import { DEFAULT_DELIVERABLE_LOCALE, DELIVERABLE_LOCALE_TAGS } from '../format/deliverable-locales';

/** #rrggbb */
export const BrandColourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'use a colour like #1f6f5c');

/** The consultant's profile, used on deliverables. */
export const ConsultantProfileSchema = z.object({
  name: shortText(),
  firm: shortText(),
  email: shortText(),
  brandColour: BrandColourSchema,
  /** How numbers, percentages and dates are written in deliverables (English text, one country's conventions). */
  locale: z.enum(DELIVERABLE_LOCALE_TAGS).default(DEFAULT_DELIVERABLE_LOCALE),
});
export type ConsultantProfile = z.infer<typeof ConsultantProfileSchema>;

export const DEFAULT_PROFILE: ConsultantProfile = { name: '', firm: '', email: '', brandColour: '#1f6f5c', locale: DEFAULT_DELIVERABLE_LOCALE };

/** Logos are bundled with the profile as a data URL the renderer can show (img-src data:). */
export const LOGO_MIME_TYPES = ['image/png', 'image/jpeg'] as const;
export const LOGO_MAX_BYTES = 1_000_000;

export const PreferencesSchema = z.object({
  profile: ConsultantProfileSchema,
  /** data: URL of the logo, or null. */
  logoDataUrl: z.string().nullable(),
  firstRunDone: z.boolean(),
  recentClientIds: z.array(z.string()).max(20),
});
export type Preferences = z.infer<typeof PreferencesSchema>;
