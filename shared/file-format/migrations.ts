/**
 * Schema migrations for client documents. A migration lifts a raw document object from
 * one schema version to the next; they run on plain JSON before validation, so the
 * schema only ever has to describe the current shape.
 */

/** A raw, not yet validated document object as it came out of JSON.parse. */
export type RawDocument = Record<string, unknown>;

export interface Migration {
  /** The schema version this migration reads. */
  from: number;
  /** Always `from + 1`; stated so a list can be checked for gaps. */
  to: number;
  /** Returns a new object in the `to` shape; must not mutate its input. */
  migrate: (document: RawDocument) => RawDocument;
}

/** Version 2 added the maturity instruments (assessments and friends) to the client. */
const addMaturityInstruments: Migration = {
  from: 1,
  to: 2,
  migrate(document) {
    const client = document['client'];
    if (typeof client !== 'object' || client === null || Array.isArray(client)) return document;
    const additions = { assessments: [], tenStagePlacements: [], audits: [], stageOneDiagnoses: [], frameworks: [] };
    // Keep anything already there (a document can never lose data to a migration).
    return { ...document, client: { ...additions, ...(client as Record<string, unknown>) } };
  },
};

/** Version 3 added the roadmap, the KPI plan, the organization and workshops. */
const addPlanningRecords: Migration = {
  from: 2,
  to: 3,
  migrate(document) {
    const client = document['client'];
    if (typeof client !== 'object' || client === null || Array.isArray(client)) return document;
    const additions = { initiatives: [], kpis: [], organization: null, workshops: [] };
    return { ...document, client: { ...additions, ...(client as Record<string, unknown>) } };
  },
};

/** Version 4 gave each engagement the consultant's executive summary (for the report). */
const addExecutiveSummaries: Migration = {
  from: 3,
  to: 4,
  migrate(document) {
    const client = document['client'];
    if (typeof client !== 'object' || client === null || Array.isArray(client)) return document;
    const engagements = (client as Record<string, unknown>)['engagements'];
    if (!Array.isArray(engagements)) return document;
    const withSummaries = engagements.map((engagement: unknown) =>
      typeof engagement === 'object' && engagement !== null && !Array.isArray(engagement) ? { executiveSummary: '', ...(engagement as Record<string, unknown>) } : engagement,
    );
    return { ...document, client: { ...(client as Record<string, unknown>), engagements: withSummaries } };
  },
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Version 5 gave each engagement the report's narrative (situation, complication,
 * resolution, recommendations, message headings) and each assessed competency the
 * consultant's finding and recommendation, both drafts (null) until written.
 */
const addReportNarrative: Migration = {
  from: 4,
  to: 5,
  migrate(document) {
    const client = document['client'];
    if (!isRecord(client)) return document;
    const engagements = Array.isArray(client['engagements'])
      ? client['engagements'].map((engagement: unknown) =>
          isRecord(engagement) ? { reportNarrative: { situation: '', complication: '', resolution: '', recommendations: null, headings: {} }, ...engagement } : engagement,
        )
      : client['engagements'];
    const assessments = Array.isArray(client['assessments'])
      ? client['assessments'].map((assessment: unknown) =>
          isRecord(assessment) && Array.isArray(assessment['competencies'])
            ? { ...assessment, competencies: assessment['competencies'].map((entry: unknown) => (isRecord(entry) ? { finding: null, recommendation: null, ...entry } : entry)) }
            : assessment,
        )
      : client['assessments'];
    return { ...document, client: { ...client, engagements, assessments } };
  },
};

/** Every migration ever shipped, in order. Add a fixture under test/fixtures for each version. */
export const CLIENT_DOCUMENT_MIGRATIONS: readonly Migration[] = [addMaturityInstruments, addPlanningRecords, addExecutiveSummaries, addReportNarrative];

export type MigrationOutcome =
  | { ok: true; document: RawDocument; migratedFrom: number | null }
  | { ok: false; version: number };

/**
 * Lift `document` step by step to `targetVersion`. A document already at the target is
 * returned untouched, which is what makes migrating twice the same as migrating once.
 * Fails (with the version it got stuck at) when a step is missing.
 */
export function applyMigrations(document: RawDocument, migrations: readonly Migration[], targetVersion: number): MigrationOutcome {
  const startVersion = document['schemaVersion'];
  if (typeof startVersion !== 'number' || !Number.isInteger(startVersion)) return { ok: false, version: Number.NaN };
  let current = document;
  let version = startVersion;
  while (version < targetVersion) {
    const step = migrations.find((migration) => migration.from === version);
    if (!step || step.to !== version + 1) return { ok: false, version };
    current = { ...step.migrate(current), schemaVersion: step.to };
    version = step.to;
  }
  return { ok: true, document: current, migratedFrom: startVersion === targetVersion ? null : startVersion };
}
