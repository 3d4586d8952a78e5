import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from 'react';

export interface FieldControlIds {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}

interface ControlProps {
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

interface FieldProps {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  /**
   * The control: an element (an <input>, <Select>, <textarea>…) that receives the id,
   * aria-describedby and aria-invalid tying it to the label, hint and error; or a function
   * given those ids, for controls that spread them differently.
   */
  children: ReactElement<ControlProps> | ((ids: FieldControlIds) => ReactNode);
  className?: string;
}

/** A labelled form control with an optional hint and error, wired for screen readers. */
export function Field({ label, hint, error, children, className }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const ids: FieldControlIds = { id, describedBy, invalid: Boolean(error) };
  const control =
    typeof children === 'function'
      ? children(ids)
      : isValidElement(children)
        ? cloneElement(children, { id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })
        : children;
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {control}
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
