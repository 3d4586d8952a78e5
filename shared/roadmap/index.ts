/** The roadmap's pure core: reference data, schemas, the library, and the rules the views use. */
export * from './roadmap-reference';
export * from './calendar';
export * from './initiative-schema';
export * from './initiative-library-schema';
export * from './initiative-library';
export * from './initiative-factory';
export * from './dependencies';
export * from './board';
export * from './suggestions';
export * from './timeline-layout';
export * from './impact-effort';
