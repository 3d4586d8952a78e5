import type { Framework } from '../framework-schema';
import { COMMUNITY_MATURITY_MODEL } from './community-maturity-model';

export { COMMUNITY_MATURITY_MODEL, COMMUNITY_MATURITY_MODEL_ID } from './community-maturity-model';
export { TEN_STAGES_MODEL, TEN_STAGES_MODEL_ID } from './ten-stages';
export { SOCIAL_BUSINESS_AUDIT_GUIDE, AUDIT_BUSINESS_FUNCTIONS, AUDIT_STAKEHOLDER_GROUPS, AUDIT_STAKEHOLDER_GROUP_LABELS } from './social-business-audit-guide';
export { STAGE_ONE_GUIDE } from './stage-one-diagnosis-guide';

/** Competency frameworks shipped with Cairn; a consultant duplicates one to customise it. */
export const BUILT_IN_FRAMEWORKS: readonly Framework[] = [COMMUNITY_MATURITY_MODEL];
