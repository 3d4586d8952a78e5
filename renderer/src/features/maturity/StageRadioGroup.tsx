import { useRef, type KeyboardEvent } from 'react';
import type { FrameworkStage } from '../../../../shared/frameworks/framework-schema';

interface StageRadioGroupProps {
  /** Accessible name, e.g. "Current stage for Strategy". */
  label: string;
  stages: readonly FrameworkStage[];
  value: number | null;
  onChange: (level: number | null) => void;
  kind: 'current' | 'target' | 'rating';
  dimmed?: boolean;
}

/**
 * A row of stage buttons that behaves as a radio group: one tab stop; arrows, Home and End
 * move and choose; digit keys choose a stage directly; Delete or Backspace clears. Keys with
 * Alt, Ctrl or Meta are left to the grid (Alt+↓ jumps to the next competency).
 */
export function StageRadioGroup({ label, stages, value, onChange, kind, dimmed = false }: StageRadioGroupProps) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const count = stages.length;
  const tabbable = value ?? 1;

  const choose = (level: number | null) => {
    if (level !== value) onChange(level);
    refs.current[(level ?? 1) - 1]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const from = value ?? 0;
    let next: number | null | undefined;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = Math.min(count, from + 1);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = Math.max(1, from - 1);
    else if (event.key === 'Home') next = 1;
    else if (event.key === 'End') next = count;
    else if (event.key === 'Delete' || event.key === 'Backspace') next = null;
    else if (/^[0-9]$/.test(event.key)) {
      const digit = event.key === '0' ? 10 : Number(event.key);
      if (digit <= count) next = digit;
    }
    if (next === undefined) return;
    event.preventDefault();
    choose(next);
  };

  return (
    <div
      role="radiogroup"
      aria-label={label}
      className={`stage-picker stage-picker--${kind}${dimmed ? ' is-dimmed' : ''}`}
      data-field={kind}
      onKeyDown={onKeyDown}
      style={{ gridTemplateColumns: `repeat(${count}, minmax(0, 1fr))` }}
    >
      {stages.map((stage, index) => (
        <button
          key={stage.id}
          ref={(element) => {
            refs.current[index] = element;
          }}
          type="button"
          role="radio"
          aria-checked={value === stage.level}
          tabIndex={tabbable === stage.level ? 0 : -1}
          className="stage-picker__option"
          title={stage.summary}
          onClick={() => choose(value === stage.level ? null : stage.level)}
        >
          <span className="stage-picker__level">{stage.level}</span>{' '}
          <span className="stage-picker__name">{stage.name}</span>
        </button>
      ))}
    </div>
  );
}
