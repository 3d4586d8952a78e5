/** The KPI plan's pure core: schema, catalogue, share of voice, status rule and sparkline. */
export * from './kpi-schema';
export * from './kpi-catalogue';
export * from './share-of-voice';
export * from './kpi-status';
export * from './kpi-sparkline';
