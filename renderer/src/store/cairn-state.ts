import type { StateCreator } from 'zustand';
import type { DocsSlice } from './docs.slice';
import type { OrgStructureSlice } from './org-structure.slice';
import type { UiSlice } from './ui.slice';
import type { SaveSlice } from './save.slice';
import type { PreferencesSlice } from './preferences.slice';
import type { ProblemsSlice } from './problems.slice';
import type { EngagementsSlice } from './engagements.slice';
import type { FrameworksSlice } from './frameworks.slice';
import type { RoadmapSlice } from './roadmap.slice';
import type { InstrumentsSlice } from './instruments.slice';
import type { AssessmentsSlice } from './assessments.slice';
import type { KpisSlice } from './kpis.slice';
import type { OrganizationSlice } from './organization.slice';
import type { WorkshopsSlice } from './workshops.slice';
import type { FacilitationSlice } from './facilitation.slice';
import type { SyncSlice } from './sync.slice';

export type CairnState = DocsSlice &
  OrgStructureSlice &
  EngagementsSlice &
  FrameworksSlice &
  RoadmapSlice &
  InstrumentsSlice &
  AssessmentsSlice &
  KpisSlice &
  OrganizationSlice &
  WorkshopsSlice &
  FacilitationSlice &
  UiSlice &
  SaveSlice &
  PreferencesSlice &
  ProblemsSlice &
  SyncSlice;

/** The part of the state that undo/redo covers: the client documents, nothing else. */
export type HistoryState = Pick<CairnState, 'docs'>;

/** A slice creator for the combined store (history outside, immer inside). */
export type SliceCreator<T> = StateCreator<CairnState, [['temporal', unknown], ['zustand/immer', never]], [], T>;
