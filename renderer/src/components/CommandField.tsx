import type { ReactNode } from 'react';
import { Button } from './Button';

export type CommandStatus = { tone: 'ok' | 'error'; text: string } | null;

interface CommandFieldProps {
  label: string;
  /** The button's icon and words. */
  button: ReactNode;
  busy: boolean;
  onRun: () => void;
  /** What the command did last (announced), or null to show the hint. */
  status: CommandStatus;
  hint: string;
  children?: ReactNode;
}

/** A one-button command in a settings column: its label, the button, then what it did or what it is for. */
export function CommandField({ label, button, busy, onRun, status, hint, children }: CommandFieldProps) {
  return (
    <div className="field">
      <span className="field__label">{label}</span>
      <div className="button-row">
        <Button disabled={busy} onClick={onRun}>
          {button}
        </Button>
      </div>
      {status ? (
        <p className={status.tone === 'ok' ? 'field__hint' : 'field__error'} role={status.tone === 'ok' ? 'status' : 'alert'}>
          {status.text}
        </p>
      ) : (
        <p className="field__hint">{hint}</p>
      )}
      {children}
    </div>
  );
}
