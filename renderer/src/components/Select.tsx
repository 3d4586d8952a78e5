import type { Ref, SelectHTMLAttributes } from 'react';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'size'> {
  /** The choices; or pass <option>/<optgroup> children for groups. */
  options?: readonly SelectOption[];
  /** compact: beside a heading; inline: inside a line of text or a table row. */
  size?: 'medium' | 'compact' | 'inline';
  ref?: Ref<HTMLSelectElement>;
}

/**
 * A native <select> drawn like the other fields (its own arrow, the app's border and focus
 * ring in both colour schemes) that keeps everything the platform gives: the keyboard,
 * type-ahead, the screen-reader role and the system list.
 */
export function Select({ options, size = 'medium', className, children, ref, ...rest }: SelectProps) {
  const classes = ['select', size === 'medium' ? null : `select--${size}`, className].filter(Boolean).join(' ');
  return (
    <select ref={ref} className={classes} {...rest}>
      {options?.map((option) => (
        <option key={option.value} value={option.value} disabled={option.disabled}>
          {option.label}
        </option>
      ))}
      {children}
    </select>
  );
}
