/** Workshops: the pure core behind planning, facilitating and summarising on-site sessions. */
export * from './workshop-schema';
export { workshopProblems, dotTargetItemIds, type WorkshopProblem } from './workshop-problems';
export { type WorkshopEditResult, compareNotes, notesInGroup } from './workshop-edit';
export { newWorkshop, newAgendaItem, DEFAULT_DOT_BUDGET } from './workshop-factories';
export * from './workshop-template-schema';
export * from './workshop-templates';
export * from './workshop-from-template';
export * from './workshop-notes';
export * from './note-clusters';
export * from './note-visibility';
export * from './workshop-timer';
export * from './agenda-timing';
export * from './dot-voting';
export * from './maturity-voting';
export * from './workshop-actions';
export * from './workshop-summary';
