import type { SliceCreator } from './cairn-state';

export const CLIENT_VIEWS = ['active', 'archived', 'trash'] as const;
export type ClientView = (typeof CLIENT_VIEWS)[number];

export const CLIENT_TABS = [
  'overview',
  'departments',
  'stakeholders',
  'organization',
  'engagements',
  'workshops',
  'maturity',
  'ten-stages',
  'audit',
  'first-moves',
  'roadmap',
  'kpis',
  'history',
] as const;
export type ClientTab = (typeof CLIENT_TABS)[number];

export type OpenDialog = null | 'new-client' | 'settings' | 'export';

/** File ▸ Import…, Export Client File…, Back Up Workspace…: carried out by the component that owns the flow. */
export type FileCommand = 'import' | 'export-client-file' | 'backup';

export interface UiSlice {
  selectedClientId: string | null;
  view: ClientView;
  search: string;
  tab: ClientTab;
  dialog: OpenDialog;
  /** Bumped to ask the search box to take focus (Ctrl/Cmd+F, menu "Find"). */
  searchFocusRequest: number;
  /** A file command from the menu waiting for its component (taken once, see useFileCommand). */
  pendingFileCommand: FileCommand | null;
  requestFileCommand(command: FileCommand | null): void;
  selectClient(id: string | null): void;
  setView(view: ClientView): void;
  setSearch(search: string): void;
  setTab(tab: ClientTab): void;
  openDialog(dialog: OpenDialog): void;
  requestSearchFocus(): void;
}

export const createUiSlice: SliceCreator<UiSlice> = (set) => ({
  selectedClientId: null,
  view: 'active',
  search: '',
  tab: 'overview',
  dialog: null,
  searchFocusRequest: 0,
  pendingFileCommand: null,
  requestFileCommand: (command) => set({ pendingFileCommand: command }),
  selectClient: (id) => set({ selectedClientId: id }),
  setView: (view) => set({ view }),
  setSearch: (search) => set({ search }),
  setTab: (tab) => set({ tab }),
  openDialog: (dialog) => set({ dialog }),
  requestSearchFocus: () => set((state) => void (state.searchFocusRequest += 1)),
});
