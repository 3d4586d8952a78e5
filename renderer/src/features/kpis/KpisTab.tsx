import { useMemo, useState } from 'react';
import { BookOpen, Gauge, Plus } from 'lucide-react';
import type { Client } from '../../../../shared/domain/client';
import { KPI_STATUS_LABELS, KPI_STATUS_RULE, kpiStatus, type KpiStatus } from '../../../../shared/kpi';
import { useActions } from '../../store/StoreContext';
import { EmptyState } from '../../components/EmptyState';
import { RuleNote } from '../maturity/RuleNote';
import { CatalogueDialog } from './CatalogueDialog';
import { CustomKpiDialog } from './CustomKpiDialog';
import { KpiDetail } from './KpiDetail';
import { KpiTable } from './KpiTable';
import { Button } from '../../components/Button';
import './kpis.css';
import './kpi-editor.css';
import './kpi-measurements.css';

const SUMMARY_ORDER: readonly KpiStatus[] = ['on-track', 'at-risk', 'off-track', 'no-data'];

/** The client's KPI plan: the table of KPIs, or one KPI's editor. */
export function KpisTab({ client }: { client: Client }) {
  const { addKpiFromCatalogue, addCustomKpi } = useActions();
  const [openId, setOpenId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'catalogue' | 'custom' | null>(null);
  const inPlan = useMemo(() => new Set(client.kpis.flatMap((kpi) => (kpi.catalogueId ? [kpi.catalogueId] : []))), [client.kpis]);
  const counts = useMemo(() => {
    const tally = new Map<KpiStatus, number>();
    for (const kpi of client.kpis) tally.set(kpiStatus(kpi).status, (tally.get(kpiStatus(kpi).status) ?? 0) + 1);
    return tally;
  }, [client.kpis]);

  const open = client.kpis.find((kpi) => kpi.id === openId);
  const added = (id: string | null) => {
    setDialog(null);
    if (id) setOpenId(id);
  };

  return (
    <div className="kpis">
      {open ? (
        <KpiDetail key={open.id} client={client} kpi={open} onBack={() => setOpenId(null)} />
      ) : (
        <>
          <div className="toolbar">
            <div className="kpis__summary" aria-label="KPIs by status">
              {client.kpis.length === 0
                ? null
                : SUMMARY_ORDER.filter((status) => counts.get(status)).map((status) => (
                    <span key={status} className={`kpis__count kpis__count--${status}`}>
                      <strong>{counts.get(status)}</strong> {KPI_STATUS_LABELS[status].toLowerCase()}
                    </span>
                  ))}
            </div>
            <div className="button-row">
              <Button onClick={() => setDialog('custom')}>
                <Plus size={14} aria-hidden="true" />
                Custom KPI
              </Button>
              <Button variant="primary" onClick={() => setDialog('catalogue')}>
                <BookOpen size={14} aria-hidden="true" />
                Add from catalogue
              </Button>
            </div>
          </div>
          {client.kpis.length === 0 ? (
            <EmptyState icon={<Gauge size={28} />} title="No KPIs yet">
              Agree how progress will be measured: pick from the catalogue (share of voice, resolution time, re-shares…) or write a KPI of the client’s own.
            </EmptyState>
          ) : (
            <KpiTable kpis={client.kpis} onOpen={setOpenId} />
          )}
          <RuleNote>{KPI_STATUS_RULE}</RuleNote>
        </>
      )}
      {dialog === 'catalogue' ? <CatalogueDialog inPlan={inPlan} onAdd={(id) => added(addKpiFromCatalogue(client.id, id))} onClose={() => setDialog(null)} /> : null}
      {dialog === 'custom' ? <CustomKpiDialog onAdd={(name) => added(addCustomKpi(client.id, name))} onClose={() => setDialog(null)} /> : null}
    </div>
  );
}
