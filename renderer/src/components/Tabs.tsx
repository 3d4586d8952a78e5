import { Fragment, useRef, type KeyboardEvent } from 'react';
import './tabs.css';

export interface TabItem<V extends string> {
  value: V;
  label: string;
  /** A small number after the label (hidden from assistive technology: the panel says it). */
  count?: number;
}

/** Tabs shown under a caption; the caption is visual only, each tab keeps its own name. */
export interface TabGroup<V extends string> {
  label: string;
  items: readonly TabItem<V>[];
}

interface TabsProps<V extends string> {
  groups: readonly TabGroup<V>[];
  value: V;
  onChange: (value: V) => void;
  /** Accessible name of the tab list, e.g. "Client sections". */
  label: string;
  tabId: (value: V) => string;
  panelId: (value: V) => string;
  orientation?: 'horizontal' | 'vertical';
  className?: string;
}

const NEXT_KEYS = { horizontal: ['ArrowRight'], vertical: ['ArrowDown', 'ArrowRight'] };
const PREVIOUS_KEYS = { horizontal: ['ArrowLeft'], vertical: ['ArrowUp', 'ArrowLeft'] };

/** The index a key moves to among `count` tabs from `index`, or null for a key tabs ignore. Wraps at both ends. */
export function tabIndexAfterKey(key: string, index: number, count: number, orientation: 'horizontal' | 'vertical'): number | null {
  const last = count - 1;
  if (NEXT_KEYS[orientation].includes(key)) return index >= last ? 0 : index + 1;
  if (PREVIOUS_KEYS[orientation].includes(key)) return index <= 0 ? last : index - 1;
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  return null;
}

/**
 * WAI-ARIA tabs with automatic activation: arrows, Home and End move and select, only the
 * selected tab is in the Tab order. Groups add a visual caption above their tabs.
 */
export function Tabs<V extends string>({ groups, value, onChange, label, tabId, panelId, orientation = 'horizontal', className }: TabsProps<V>) {
  const refs = useRef(new Map<V, HTMLButtonElement>());
  const values = groups.flatMap((group) => group.items.map((item) => item.value));

  const onKeyDown = (event: KeyboardEvent) => {
    const target = tabIndexAfterKey(event.key, values.indexOf(value), values.length, orientation);
    const next = target === null ? undefined : values[target];
    if (next === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    onChange(next);
    refs.current.get(next)?.focus();
  };

  return (
    <div
      className={`tabs tabs--${orientation}${className ? ` ${className}` : ''}`}
      role="tablist"
      aria-label={label}
      aria-orientation={orientation}
      onKeyDown={onKeyDown}
    >
      {groups.map((group, groupIndex) => (
        <Fragment key={group.label || groupIndex}>
          {group.label ? (
            <div className="tabs__group-label" aria-hidden="true">
              {group.label}
            </div>
          ) : null}
          {group.items.map((item) => (
            <button
              key={item.value}
              ref={(element) => {
                if (element) refs.current.set(item.value, element);
                else refs.current.delete(item.value);
              }}
              id={tabId(item.value)}
              type="button"
              role="tab"
              className="tabs__tab"
              aria-selected={item.value === value}
              aria-controls={panelId(item.value)}
              tabIndex={item.value === value ? 0 : -1}
              onClick={() => onChange(item.value)}
            >
              <span className="tabs__label">{item.label}</span>
              {item.count !== undefined ? (
                <span className="tabs__count" aria-hidden="true">
                  {item.count}
                </span>
              ) : null}
            </button>
          ))}
        </Fragment>
      ))}
    </div>
  );
}
