import { useRef, useState } from 'react';
import { CalendarDays } from 'lucide-react';
import { datePlaceholder, formatDateInput, parseDateInput } from '../../../shared/format/date-input';
import { useLocale } from './useFormat';
import './date-field.css';

interface DateFieldProps {
  /** "YYYY-MM-DD", or '' for no date. */
  value: string;
  /** Called with "YYYY-MM-DD" once a whole date is typed or picked, '' when the field is emptied. */
  onChange: (iso: string) => void;
  id?: string;
  className?: string;
  required?: boolean;
  disabled?: boolean;
  'aria-label'?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/**
 * A date typed and shown in the consultant's locale ("15/03/2026" in en-GB or en-FR,
 * "03/15/2026" in en-US), not the browser's as a native date input would. ISO dates are
 * read too. The calendar button (left out of the Tab order: typing is the keyboard way)
 * opens the platform's date picker.
 */
export function DateField({ value, onChange, id, className = 'input', required, disabled, 'aria-invalid': invalid, ...aria }: DateFieldProps) {
  const locale = useLocale();
  const [draft, setDraft] = useState(() => formatDateInput(value, locale));
  // What this field last reported: a value from outside (undo, another field) replaces the draft.
  const [shown, setShown] = useState({ value, locale });
  const pickerRef = useRef<HTMLInputElement>(null);
  if (shown.value !== value || shown.locale !== locale) {
    setShown({ value, locale });
    if (parseDateInput(draft, locale) !== value || shown.locale !== locale) setDraft(formatDateInput(value, locale));
  }
  const unreadable = draft.trim() !== '' && parseDateInput(draft, locale) === null;

  const report = (iso: string) => {
    setShown({ value: iso, locale });
    if (iso !== value) onChange(iso);
  };

  return (
    <span className="date-field">
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        className={`${className} date-field__input`}
        placeholder={datePlaceholder(locale)}
        required={required}
        disabled={disabled}
        aria-invalid={invalid || unreadable || undefined}
        {...aria}
        value={draft}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          if (text.trim() === '') return report('');
          const iso = parseDateInput(text, locale);
          if (iso !== null) report(iso);
        }}
        onBlur={() => {
          const iso = parseDateInput(draft, locale);
          if (iso !== null) setDraft(formatDateInput(iso, locale));
        }}
      />
      <button
        type="button"
        className="date-field__picker"
        tabIndex={-1}
        aria-label="Open calendar"
        title="Open calendar"
        disabled={disabled}
        onClick={() => pickerRef.current?.showPicker?.()}
      >
        <CalendarDays size={14} aria-hidden="true" />
      </button>
      <input
        ref={pickerRef}
        type="date"
        className="date-field__native"
        tabIndex={-1}
        aria-hidden="true"
        value={value}
        onChange={(event) => {
          setDraft(formatDateInput(event.target.value, locale));
          report(event.target.value);
        }}
      />
    </span>
  );
}
