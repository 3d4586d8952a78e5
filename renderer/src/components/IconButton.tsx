import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import type { ControlSize } from './Button';

export interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'aria-label'> {
  /** What the button does, in words: its accessible name and its tooltip. Required, because the icon says nothing to a screen reader. */
  label: string;
  icon: ReactNode;
  size?: ControlSize;
  /** Danger tints the hover, for remove and delete. */
  tone?: 'default' | 'danger';
  ref?: Ref<HTMLButtonElement>;
}

/** A button that shows only an icon; its label is read out and shown on hover. */
export function IconButton({ label, icon, size = 'medium', tone = 'default', className, title, type = 'button', ref, ...rest }: IconButtonProps) {
  if (label.trim() === '') throw new Error('IconButton needs a label: the icon alone names nothing.');
  const classes = ['icon-btn', size === 'small' ? 'icon-btn--small' : null, tone === 'danger' ? 'icon-btn--danger' : null, className].filter(Boolean).join(' ');
  return (
    <button ref={ref} type={type} className={classes} aria-label={label} title={title ?? label} {...rest}>
      {icon}
    </button>
  );
}
