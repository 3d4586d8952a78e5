import { createFrameworkLibrary } from '../../../electron/main/services/framework-library';
import { createWorkspace } from '../../../electron/main/services/workspace';
import { createWorkspaceRestore } from '../../../electron/main/services/workspace-restore';

/**
 * Child process of the restore-kill test: restores a workspace backup through the real
 * services, as `cairn restore` does, printing `writing` once the preview is done.
 * Usage: node restore-child.cjs <dataDir> <backupFile> <as-new|as-saved>
 */
async function main(): Promise<void> {
  const [dataDir, file, how] = process.argv.slice(2);
  if (!dataDir || !file || !how) throw new Error('usage: restore-child <dataDir> <backupFile> <as-new|as-saved>');
  const workspace = createWorkspace({ dataDir });
  await workspace.open();
  const restore = createWorkspaceRestore({ dataDir, workspace, frameworks: createFrameworkLibrary({ dataDir }) });
  const preview = await restore.previewRestore(file);
  process.stdout.write('writing\n');
  const receipt = await restore.applyRestore(preview.previewId, { asNew: how === 'as-new' });
  process.stdout.write(`done ${receipt.written}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
