interface CheckboxGroupProps<T extends string> {
  legend: string;
  options: readonly { value: T; label: string }[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
  empty?: string;
}

/** A labelled set of checkboxes for a many-of list; keeps the options' order in what it reports. */
export function CheckboxGroup<T extends string>({ legend, options, selected, onChange, empty }: CheckboxGroupProps<T>) {
  const chosen = new Set(selected);
  return (
    <fieldset className="fieldset rm-checks">
      <legend className="field__label">{legend}</legend>
      {options.length === 0 ? <p className="field__hint">{empty}</p> : null}
      <div className="rm-checks__list">
        {options.map((option) => (
          <label key={option.value} className="check">
            <input
              type="checkbox"
              checked={chosen.has(option.value)}
              onChange={(event) => {
                const next = new Set(chosen);
                if (event.target.checked) next.add(option.value);
                else next.delete(option.value);
                onChange([...options.map((candidate) => candidate.value).filter((value) => next.has(value)), ...selected.filter((value) => next.has(value) && !options.some((o) => o.value === value))]);
              }}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
