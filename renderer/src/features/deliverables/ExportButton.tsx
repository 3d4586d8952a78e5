import { useState } from 'react';
import { FileDown } from 'lucide-react';
import type { Client } from '../../../../shared/domain/client';
import { ExportDialog } from './ExportDialog';

/** "Export…" on the client page: opens the export dialog for this client. */
export function ExportButton({ client }: { client: Client }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        <FileDown size={14} aria-hidden="true" />
        Export…
      </button>
      {open ? <ExportDialog client={client} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
