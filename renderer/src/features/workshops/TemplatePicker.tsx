import { countOf } from '../../../../shared/format/plural';
import { FilePlus2, Trash2 } from 'lucide-react';
import { BUILT_IN_WORKSHOP_TEMPLATES, templateMinutes, type WorkshopTemplate } from '../../../../shared/workshop';
import { formatMinutes } from './workshop-format';
import { IconButton } from '../../components/IconButton';
import { useFormat } from '../../components/useFormat';

/** The id of the "blank workshop" choice. */
export const BLANK_TEMPLATE = '';

function Choice({ template, checked, onChoose, onDelete }: { template: WorkshopTemplate; checked: boolean; onChoose: () => void; onDelete?: () => void }) {
  const { locale } = useFormat();
  return (
    <div className={`template-choice${checked ? ' is-checked' : ''}`}>
      <label className="template-choice__label">
        <input type="radio" name="workshop-template" checked={checked} onChange={onChoose} />
        <span className="template-choice__text">
          <span className="template-choice__name">{template.name}</span>
          <span className="template-choice__meta">
            {countOf(template.agenda.length, 'item')} · {formatMinutes(templateMinutes(template), locale)}
            {template.description ? ` · ${template.description}` : ''}
          </span>
        </span>
      </label>
      {onDelete ? (
        <IconButton label={`Delete the template ${template.name}`} tone="danger" icon={<Trash2 size={14} aria-hidden="true" />} title="Delete template" onClick={onDelete} />
      ) : null}
    </div>
  );
}

/** Built-in templates, the consultant's own (deletable), or a blank workshop. */
export function TemplatePicker({ own, value, onChange, onDelete }: { own: readonly WorkshopTemplate[]; value: string; onChange: (id: string) => void; onDelete: (template: WorkshopTemplate) => void }) {
  return (
    <fieldset className="fieldset">
      <legend className="field__label">Start from</legend>
      <div className="template-picker__group" role="group" aria-label="Built-in templates">
        {BUILT_IN_WORKSHOP_TEMPLATES.map((template) => (
          <Choice key={template.id} template={template} checked={value === template.id} onChoose={() => onChange(template.id)} />
        ))}
      </div>
      {own.length > 0 ? (
        <div className="template-picker__group" role="group" aria-label="Your templates">
          <p className="template-picker__heading">Your templates</p>
          {own.map((template) => (
            <Choice key={template.id} template={template} checked={value === template.id} onChoose={() => onChange(template.id)} onDelete={() => onDelete(template)} />
          ))}
        </div>
      ) : null}
      <div className={`template-choice${value === BLANK_TEMPLATE ? ' is-checked' : ''}`}>
        <label className="template-choice__label">
          <input type="radio" name="workshop-template" checked={value === BLANK_TEMPLATE} onChange={() => onChange(BLANK_TEMPLATE)} />
          <span className="template-choice__text">
            <span className="template-choice__name">
              <FilePlus2 size={13} aria-hidden="true" /> Blank workshop
            </span>
            <span className="template-choice__meta">An empty agenda to fill item by item.</span>
          </span>
        </label>
      </div>
    </fieldset>
  );
}
