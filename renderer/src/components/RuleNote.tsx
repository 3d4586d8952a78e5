import { useId, useState } from 'react';
import { ChevronRight, Info } from 'lucide-react';
import './rule-note.css';

interface RuleNoteProps {
  /** The stated rule, in full. */
  children: string;
  /** The control's name; the question a consultant asks of the number. */
  label?: string;
  /** Open from the start (e.g. where the rule is the point of the view). */
  defaultOpen?: boolean;
}

/**
 * The rule behind a derived number, on demand: a small "How is this calculated?" control
 * that shows and hides the rule, so the number and its chart lead. The text stays in the
 * page while hidden (search, copy and assistive technology reach it once opened).
 */
export function RuleNote({ children, label = 'How is this calculated?', defaultOpen = false }: RuleNoteProps) {
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  return (
    <div className={`rule-disclosure${open ? ' is-open' : ''}`}>
      <button type="button" className="rule-disclosure__toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen((was) => !was)}>
        <Info size={13} aria-hidden="true" />
        {label}
        <ChevronRight size={12} aria-hidden="true" className="rule-disclosure__chevron" />
      </button>
      <p id={id} className="rule-disclosure__text" hidden={!open}>
        {children}
      </p>
    </div>
  );
}
