import { Info } from 'lucide-react';

/** The stated rule behind a derived number, shown next to it. */
export function RuleNote({ children }: { children: string }) {
  return (
    <p className="rule-note">
      <Info size={13} aria-hidden="true" className="rule-note__icon" />
      <span>{children}</span>
    </p>
  );
}
