import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMUNITY_MATURITY_MODEL } from '../../../shared/frameworks/builtin';
import { duplicateFramework } from '../../../shared/frameworks/framework-edits';
import { BUILT_IN_WORKSHOP_TEMPLATES } from '../../../shared/workshop/workshop-templates';
import { createFrameworkLibrary } from './framework-library';
import { libraryProblems } from './library-problems';
import { problemIdFor } from './quarantine';
import { createWorkshopTemplateLibrary } from './workshop-template-library';

let dataDir: string;
const now = new Date('2026-12-03T10:00:00.000Z');
const quiet = () => undefined;
const libraries = () => ({
  frameworks: createFrameworkLibrary({ dataDir, onSkipped: quiet }),
  templates: createWorkshopTemplateLibrary({ dataDir, onSkipped: quiet }),
});

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cairn-library-problems-'));
});
afterEach(async () => {
  await chmod(join(dataDir, 'frameworks'), 0o755).catch(() => undefined);
  await rm(dataDir, { recursive: true, force: true });
});

describe('libraryProblems', () => {
  it('reports nothing for an empty or healthy library', async () => {
    expect(await libraryProblems(libraries(), now)).toEqual([]);
    await libraries().frameworks.save(duplicateFramework(COMMUNITY_MATURITY_MODEL, { newId: 'ours', name: 'Ours' }));
    expect(await libraryProblems(libraries(), now)).toEqual([]);
  });

  it('names each unreadable framework and template file with the reason, as a banner problem', async () => {
    await libraries().frameworks.save(duplicateFramework(COMMUNITY_MATURITY_MODEL, { newId: 'ours', name: 'Ours' }));
    await writeFile(join(dataDir, 'frameworks', 'half.json'), '{ "id": "half", "stages": [');
    await writeFile(join(dataDir, 'frameworks', 'fake.json'), JSON.stringify({ ...COMMUNITY_MATURITY_MODEL }));
    await mkdir(join(dataDir, 'workshop-templates'));
    const builtIn = BUILT_IN_WORKSHOP_TEMPLATES[0]!;
    await writeFile(join(dataDir, 'workshop-templates', 'renamed.json'), JSON.stringify({ ...builtIn, id: 'elsewhere', builtIn: false }));

    const problems = await libraryProblems(libraries(), now);
    expect(problems).toEqual([
      {
        id: problemIdFor('frameworks/fake.json'),
        clientId: '',
        clientName: null,
        latestSnapshot: null,
        quarantinedAs: 'frameworks/fake.json',
        reason: 'It claims to be a built-in framework. The framework library leaves it out until the file is fixed or removed.',
        detectedAt: now.toISOString(),
      },
      expect.objectContaining({ quarantinedAs: 'frameworks/half.json', reason: expect.stringMatching(/^It is not valid JSON\./) }),
      expect.objectContaining({
        quarantinedAs: 'workshop-templates/renamed.json',
        reason: 'It holds the template “elsewhere” under another file name. The workshop template list leaves it out until the file is fixed or removed.',
      }),
    ]);
  });

  it.skipIf(process.getuid?.() === 0)('reports a framework file the system refuses to read', async () => {
    await mkdir(join(dataDir, 'frameworks'));
    await writeFile(join(dataDir, 'frameworks', 'locked.json'), '{}');
    await chmod(join(dataDir, 'frameworks', 'locked.json'), 0o000);
    const [problem] = await libraryProblems(libraries(), now);
    expect(problem).toMatchObject({ quarantinedAs: 'frameworks/locked.json', reason: expect.stringMatching(/^It could not be read \(/) });
  });

  it('reports a folder where a framework file should be', async () => {
    await mkdir(join(dataDir, 'frameworks', 'folder.json'), { recursive: true });
    const [problem] = await libraryProblems(libraries(), now);
    expect(problem).toMatchObject({ quarantinedAs: 'frameworks/folder.json', reason: expect.stringMatching(/^It could not be read \(/) });
  });
});
