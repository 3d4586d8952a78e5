import type { WorkspaceProblem } from '../../../shared/ipc/contract';
import type { FrameworkLibrary } from './framework-library';
import { entryProblem } from './quarantine';
import { WORKSHOP_TEMPLATE_FOLDER, type WorkshopTemplateLibrary } from './workshop-template-library';

/** A library entry left out: its folder under the data folder, its file name, and why (a phrase: "is not valid JSON"). */
interface SkippedLibraryFile {
  file: string;
  reason: string;
}

const problemFor = (entry: string, reason: string, consequence: string, now: Date): WorkspaceProblem => ({
  ...entryProblem(entry, `It ${reason}. ${consequence}`, now),
  clientName: null,
  latestSnapshot: null,
});

/**
 * Custom frameworks and workshop templates in the library that could not be read, one
 * problem each for the problems banner: the file (relative to the data folder), why, and
 * what that means. The files stay where they are; the rest of the library still loads.
 */
export async function libraryProblems(libraries: { frameworks: Pick<FrameworkLibrary, 'list'>; templates: Pick<WorkshopTemplateLibrary, 'list'> }, now: Date = new Date()): Promise<WorkspaceProblem[]> {
  const [frameworks, templates] = await Promise.all([libraries.frameworks.list(), libraries.templates.list()]);
  const describe = (folder: string, skipped: SkippedLibraryFile[], consequence: string) =>
    skipped.map((item) => problemFor(`${folder}/${item.file}`, item.reason, consequence, now));
  return [
    ...describe('frameworks', frameworks.skipped, 'The framework library leaves it out until the file is fixed or removed.'),
    ...describe(WORKSHOP_TEMPLATE_FOLDER, templates.skipped, 'The workshop template list leaves it out until the file is fixed or removed.'),
  ];
}
