import type { Client } from '../domain/client';
import type { ConsultantProfile } from '../domain/preferences';
import type { Framework } from '../frameworks/framework-schema';

/**
 * Everything a deliverable builder may read. Builders are pure: the clock, the
 * consultant's profile and logo all arrive here, nothing is looked up.
 */
export interface DeliverableInput {
  client: Client;
  /** The engagement the deliverable is about; null for everything the client has. */
  engagementId: string | null;
  profile: ConsultantProfile;
  /** The logo chosen in settings (data: URL, PNG or JPEG), or null. Never from client data. */
  logoDataUrl: string | null;
  /** Custom frameworks from the consultant's library (built-ins are in shared/frameworks). */
  frameworks: readonly Framework[];
  /** When the deliverable is made (ISO timestamp); also the "today" for overdue rules. */
  generatedAt: string;
  /** The version of Cairn that made it, for the document properties. */
  appVersion: string;
  /** BCP 47 locale numbers and dates are written in; en-GB when absent. */
  locale?: string;
}
