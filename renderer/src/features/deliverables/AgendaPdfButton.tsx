import { Printer } from 'lucide-react';
import { useApi } from '../../api/ApiContext';
import { useCairn } from '../../store/StoreContext';
import { deliverableFileName } from './export-file-name';
import { ExportProgressBar } from './ExportProgressBar';
import { useExportJob } from './useExportJob';
import { Button } from '../../components/Button';
import './deliverables.css';

/** Saves a workshop's one-page agenda as a PDF, built off the UI thread. */
export function AgendaPdfButton({ clientId, workshopId }: { clientId: string; workshopId: string }) {
  const api = useApi();
  const client = useCairn((state) => state.docs[clientId]);
  const workshop = client?.workshops.find((candidate) => candidate.id === workshopId);
  const job = useExportJob();
  if (!client || !workshop) return null;

  const save = async () => {
    const defaultName = deliverableFileName({ client: client.name, subject: workshop.title, date: new Date(), extension: 'pdf' });
    const chosen = await api.chooseSaveFile({ kind: 'pdf', defaultName });
    if (chosen.ok && chosen.value) await job.run({ kind: 'agenda', clientId, workshopId }, chosen.value);
  };

  return (
    <div className="agenda-pdf">
      <Button disabled={job.state.phase === 'running'} onClick={() => void save()}>
        <Printer size={14} aria-hidden="true" />
        Print agenda…
      </Button>
      <ExportProgressBar state={job.state} onCancel={() => void job.cancel()} />
    </div>
  );
}
