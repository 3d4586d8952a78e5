import { z } from 'zod';

/** Stable entity id: generated once (UUID in the app), never reused, safe as a file name. */
export const IdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'ids use letters, digits, "-" and "_" only');
export type Id = z.infer<typeof IdSchema>;

/** ISO-8601 instant with offset, e.g. 2026-11-22T09:30:00.000Z. */
export const TimestampSchema = z.iso.datetime({ offset: true });
export type Timestamp = z.infer<typeof TimestampSchema>;

/** Calendar date (no time), e.g. 2026-11-22. */
export const DateOnlySchema = z.iso.date();

/** Short single-line text (names, titles). */
export const shortText = (max = 200) => z.string().max(max);
/** Free text typed by the consultant (notes, evidence). Generous, but bounded. */
export const longText = () => z.string().max(100_000);

/** Fields every stored entity carries. */
export const entityFields = {
  id: IdSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
};
