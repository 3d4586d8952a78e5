import { Suspense, useState } from 'react';
import { Library } from 'lucide-react';
import { FrameworkLibraryDialog } from '../app-shell/lazy-parts';
import { Button } from '../../components/Button';
import { LoadingPanel } from '../../components/LoadingPanel';

/** Opens the framework library; lives in the sidebar footer. */
export function FrameworkLibraryButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="ghost" block onClick={() => setOpen(true)}>
        <Library size={14} aria-hidden="true" />
        Frameworks
      </Button>
      {open ? (
        <Suspense fallback={<LoadingPanel overlay label="Opening the framework library…" />}>
          <FrameworkLibraryDialog onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
