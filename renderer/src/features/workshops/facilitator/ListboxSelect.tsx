import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { ChevronDown } from 'lucide-react';
import './listbox-select.css';

export type ListboxOption = { value: string; label: string };

/**
 * A select drawn by the app instead of the platform, so it reads on a projector and looks
 * the same in both palettes: a select-only combobox showing the choice, opening a list. Keyboard as a
 * native select: Up/Down step through the choices, Enter, Space or Alt+Down open the list
 * (Up/Down move, Enter or Space pick, Escape closes), letters jump to a name; focus always
 * comes back to the box.
 */
export function ListboxSelect({ label, value, options, onChange, className = '' }: { label: string; value: string; options: readonly ListboxOption[]; onChange: (value: string) => void; className?: string }) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const button = useRef<HTMLDivElement>(null);
  const listId = useId();
  const current = options.find((option) => option.value === value) ?? options[0];
  const currentIndex = Math.max(0, options.findIndex((option) => option.value === value));

  const show = (at = currentIndex) => {
    setActive(at);
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const pick = (index: number) => {
    const option = options[index];
    if (option) onChange(option.value);
    close();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const last = options.length - 1;
    const jump = (key: string) => {
      const letter = key.toLocaleLowerCase();
      const from = open ? active : currentIndex;
      for (let step = 1; step <= options.length; step += 1) {
        const index = (from + step) % options.length;
        if (options[index]!.label.toLocaleLowerCase().startsWith(letter)) return index;
      }
      return -1;
    };
    if (!open) {
      if ((event.altKey && event.key === 'ArrowDown') || event.key === 'Enter' || event.key === ' ' || event.key === 'F4') {
        event.preventDefault();
        event.stopPropagation();
        show();
      } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !event.altKey) {
        // As a closed native select: the arrows step through the choices in place.
        event.preventDefault();
        event.stopPropagation();
        const next = options[Math.max(0, Math.min(options.length - 1, currentIndex + (event.key === 'ArrowDown' ? 1 : -1)))];
        if (next) onChange(next.value);
      } else if (event.key.length === 1 && !event.altKey && !event.ctrlKey && !event.metaKey) {
        const index = jump(event.key);
        if (index >= 0) {
          event.preventDefault();
          onChange(options[index]!.value);
        }
      }
      return;
    }
    const moves: Record<string, () => void> = {
      ArrowDown: () => setActive(Math.min(last, active + 1)),
      ArrowUp: () => setActive(Math.max(0, active - 1)),
      Home: () => setActive(0),
      End: () => setActive(last),
      Enter: () => pick(active),
      ' ': () => pick(active),
      Escape: () => close(),
      Tab: () => setOpen(false),
    };
    const move = moves[event.key];
    if (move) {
      if (event.key !== 'Tab') event.preventDefault();
      event.stopPropagation();
      move();
      return;
    }
    if (event.key.length === 1) {
      const index = jump(event.key);
      if (index >= 0) setActive(index);
    }
  };

  return (
    <div className={`listbox-select ${className}`} onBlur={(event) => !event.currentTarget.contains(event.relatedTarget as Node | null) && setOpen(false)}>
      <div
        ref={button}
        role="combobox"
        tabIndex={0}
        className="listbox-select__button"
        aria-label={label}
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        onClick={() => (open ? close() : show())}
        onKeyDown={onKeyDown}
      >
        <span className="listbox-select__value">{current?.label}</span>
        <ChevronDown aria-hidden size={20} />
      </div>
      {open ? (
        <ul id={listId} className="listbox-select__list" role="listbox" aria-label={label}>
          {options.map((option, index) => (
            <li
              key={option.value}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={option.value === value}
              data-active={index === active || undefined}
              className="listbox-select__option"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(index)}
            >
              {option.label}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
