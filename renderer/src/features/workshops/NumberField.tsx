import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';

interface NumberFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> {
  value: number;
  min: number;
  max: number;
  /** Called with each whole number within bounds while typing. */
  onCommit: (value: number) => void;
}

/**
 * A whole-number input that may be empty or out of range while typing (clear, then type
 * "45"); only valid values reach the store, and leaving the field shows the stored value.
 */
export function NumberField({ value, min, max, onCommit, onBlur, className, ...rest }: NumberFieldProps) {
  const [text, setText] = useState(String(value));
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setText(String(value));
  }, [value]);
  return (
    <input
      {...rest}
      type="number"
      className={className ?? 'input'}
      min={min}
      max={max}
      value={text}
      onFocus={() => {
        focused.current = true;
      }}
      onChange={(event) => {
        setText(event.target.value);
        const next = Number(event.target.value);
        if (event.target.value !== '' && Number.isInteger(next) && next >= min && next <= max) onCommit(next);
      }}
      onBlur={(event) => {
        focused.current = false;
        setText(String(value));
        onBlur?.(event);
      }}
    />
  );
}
