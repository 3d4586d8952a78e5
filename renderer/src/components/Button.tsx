import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost' | 'ghost-danger';
export type ControlSize = 'small' | 'medium';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** primary: the one action a view is for; secondary (default): the others; danger: destroys; ghost: quiet, in toolbars and rows. */
  variant?: ButtonVariant;
  size?: ControlSize;
  /** An icon before the label (decorative: the label names the button). */
  icon?: ReactNode;
  /** Fill the width of the container. */
  block?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

/** The class list of a button, for the rare element that must look like one without being a <Button>. */
export function buttonClass({ variant = 'secondary', size = 'medium', block = false, className }: Pick<ButtonProps, 'variant' | 'size' | 'block' | 'className'> = {}): string {
  return ['btn', variant === 'secondary' ? null : `btn--${variant}`, size === 'small' ? 'btn--small' : null, block ? 'btn--block' : null, className].filter(Boolean).join(' ');
}

/**
 * Every text button in Cairn. A plain `type="button"` unless told otherwise, so a button
 * inside a form never submits it by accident.
 */
export function Button({ variant, size, icon, block, className, type = 'button', children, ref, ...rest }: ButtonProps) {
  return (
    <button ref={ref} type={type} className={buttonClass({ variant, size, block, className })} {...rest}>
      {icon}
      {children}
    </button>
  );
}
