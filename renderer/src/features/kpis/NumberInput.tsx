import { useState, type InputHTMLAttributes, type Ref } from 'react';

const format = (value: number | null) => (value === null ? '' : String(value));
/** Blank is null; a comma counts as the decimal point; anything else unparseable is undefined. */
export function parseNumber(text: string): number | null | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  ref?: Ref<HTMLInputElement>;
  value: number | null;
  onValue: (value: number | null) => void;
  /** Refuse negative numbers (mention counts). */
  nonNegative?: boolean;
};

/**
 * A number field that keeps what is typed ("12." or "-") while the store keeps the last
 * valid number, so typing never fights the stored value.
 */
export function NumberInput({ value, onValue, nonNegative = false, className, ...rest }: Props) {
  const [text, setText] = useState(format(value));
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (parseNumber(text) !== value) setText(format(value));
  }
  const parsed = parseNumber(text);
  const invalid = parsed === undefined || (nonNegative && parsed !== null && parsed < 0);
  return (
    <input
      {...rest}
      type="text"
      inputMode="decimal"
      className={className ?? 'input'}
      value={text}
      aria-invalid={invalid || undefined}
      onChange={(event) => {
        setText(event.target.value);
        const next = parseNumber(event.target.value);
        if (next !== undefined && !(nonNegative && next !== null && next < 0)) onValue(next);
      }}
    />
  );
}
