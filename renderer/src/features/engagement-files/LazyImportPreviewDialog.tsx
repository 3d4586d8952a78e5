import { Suspense, type ComponentProps } from 'react';
import { LoadingPanel } from '../../components/LoadingPanel';
import { preloadable } from '../../components/preloadable';
import type { ImportPreviewDialog as Eager } from './ImportPreviewDialog';

type Props = ComponentProps<typeof Eager>;

/** The merge preview (imports, save conflicts, sync conflicts) is a chunk of its own, fetched when idle or first shown. */
export const ImportPreviewDialogPart = preloadable<Props>(() => import('./ImportPreviewDialog').then((module) => module.ImportPreviewDialog));

export function ImportPreviewDialog(props: Props) {
  return (
    <Suspense fallback={<LoadingPanel overlay label="Opening the preview…" />}>
      <ImportPreviewDialogPart {...props} />
    </Suspense>
  );
}
