import { useEffect, useRef } from 'react';
import {
  DEFAULT_EXPORT_CHOICES,
  exportChoicesFromLegacyStorage,
  sectionsFor,
  type ExportChoices,
  type ExportFormat,
} from '../../../../shared/deliverables/export-choices';
import { useApi } from '../../api/ApiContext';
import { LEGACY_STORAGE_KEY } from './export-choices';

const legacyStorage = (): Storage | null => {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
};

/**
 * The export dialog's remembered format and sections, kept in main's preferences (validated
 * there like any request). Sections an older Cairn kept in localStorage move there once and
 * leave the page. `onLoaded` gets the saved choices when they arrive.
 */
export function useExportChoices(onLoaded: (choices: ExportChoices) => void) {
  const api = useApi();
  const current = useRef<ExportChoices>(DEFAULT_EXPORT_CHOICES);
  const loadedRef = useRef(onLoaded);
  loadedRef.current = onLoaded;

  useEffect(() => {
    let live = true;
    void (async () => {
      const storage = legacyStorage();
      const legacy = exportChoicesFromLegacyStorage(storage?.getItem(LEGACY_STORAGE_KEY) ?? null);
      const result = legacy ? await api.setExportChoices(legacy) : await api.getExportChoices({});
      if (legacy && result.ok) storage?.removeItem(LEGACY_STORAGE_KEY);
      if (!live || !result.ok) return;
      current.current = result.value;
      loadedRef.current(result.value);
    })();
    return () => {
      live = false;
    };
  }, [api]);

  return {
    sectionsFor: (format: ExportFormat) => sectionsFor(current.current, format),
    remember(format: ExportFormat, sections: readonly string[]) {
      const next = { format, sections: { ...current.current.sections, [format]: [...sections] } } as ExportChoices;
      current.current = next;
      void api.setExportChoices(next);
    },
  };
}
