import { z } from 'zod';
import { ClientSchema } from './client';

/** Identifies a Cairn client document on disk (one file per client). */
export const CLIENT_DOCUMENT_FORMAT = 'cairn.client-document';
/** Bump with a migration in shared/file-format whenever the stored shape changes. */
export const CLIENT_DOCUMENT_SCHEMA_VERSION = 5;

export const ClientDocumentSchema = z.object({
  format: z.literal(CLIENT_DOCUMENT_FORMAT),
  schemaVersion: z.literal(CLIENT_DOCUMENT_SCHEMA_VERSION),
  client: ClientSchema,
});
export type ClientDocument = z.infer<typeof ClientDocumentSchema>;
