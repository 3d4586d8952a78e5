import { useState } from 'react';
import { Library } from 'lucide-react';
import { FrameworkLibraryDialog } from './FrameworkLibraryDialog';

/** Opens the framework library; lives in the sidebar footer. */
export function FrameworkLibraryButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn btn--ghost btn--block" onClick={() => setOpen(true)}>
        <Library size={14} aria-hidden="true" />
        Frameworks
      </button>
      {open ? <FrameworkLibraryDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
