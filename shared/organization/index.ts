/** Roles, committee, operating model and the community manager's support checklist. */
export * from './organization-reference';
export * from './organization-schema';
