import { useState } from 'react';
import { Library } from 'lucide-react';
import { FrameworkLibraryDialog } from './FrameworkLibraryDialog';
import { Button } from '../../components/Button';

/** Opens the framework library; lives in the sidebar footer. */
export function FrameworkLibraryButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="ghost" block onClick={() => setOpen(true)}>
        <Library size={14} aria-hidden="true" />
        Frameworks
      </Button>
      {open ? <FrameworkLibraryDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
