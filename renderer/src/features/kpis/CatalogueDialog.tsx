import { Plus } from 'lucide-react';
import { KPI_CATALOGUE, KPI_CATEGORIES, KPI_CATEGORY_LABELS } from '../../../../shared/kpi';
import { Dialog } from '../../components/Dialog';
import { Button } from '../../components/Button';

/** The ready-made KPIs by category; adding one closes the dialog and opens the new KPI. */
export function CatalogueDialog({ inPlan, onAdd, onClose }: { inPlan: ReadonlySet<string>; onAdd: (catalogueId: string) => void; onClose: () => void }) {
  return (
    <Dialog title="Add a KPI from the catalogue" description="Measures for each part of a social business, defined so a client’s analyst can reproduce them." onClose={onClose} size="large">
      <div className="kpi-catalogue">
        {KPI_CATEGORIES.map((category) => (
          <section key={category} aria-labelledby={`kpi-cat-${category}`}>
            <h3 id={`kpi-cat-${category}`} className="kpi-catalogue__heading">
              {KPI_CATEGORY_LABELS[category]}
            </h3>
            <ul className="kpi-catalogue__list">
              {KPI_CATALOGUE.filter((entry) => entry.category === category).map((entry) => (
                <li key={entry.id} className="kpi-catalogue__item">
                  <div className="kpi-catalogue__text">
                    <span className="kpi-catalogue__name">
                      {entry.name}
                      {inPlan.has(entry.id) ? <span className="badge badge--accent">In the plan</span> : null}
                    </span>
                    <span className="kpi-catalogue__definition">{entry.definition}</span>
                    <span className="kpi-catalogue__formula">{entry.formula}</span>
                  </div>
                  <Button aria-label={`Add ${entry.name}`} onClick={() => onAdd(entry.id)}>
                    <Plus size={14} aria-hidden="true" />
                    Add
                  </Button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <div className="dialog__footer dialog__footer--inline">
        <Button onClick={onClose}>
          Close
        </Button>
      </div>
    </Dialog>
  );
}
