import { useCallback, useRef, useState, type FocusEvent, type MouseEvent, type ReactNode } from 'react';

interface Tip {
  text: string;
  detail: string | null;
  left: number;
  top: number;
  below: boolean;
}

/** What a mark says about itself: a button's name ("Title; Q1 2026 to Q2 2026; Planned"), or a label cut short. */
function tipOf(target: EventTarget | null): { element: Element; text: string; detail: string | null } | null {
  if (!(target instanceof Element)) return null;
  const mark = target.closest('[data-initiative-id][aria-label], [data-full-text]');
  if (!mark) return null;
  const full = mark.getAttribute('data-full-text');
  if (full) return { element: mark, text: full, detail: null };
  const [text = '', ...rest] = (mark.getAttribute('aria-label') ?? '').split('; ');
  return { element: mark, text, detail: rest.length > 0 ? rest.join(' · ') : null };
}

/**
 * Shows the whole name of the chart mark under the pointer or holding the keyboard focus:
 * titles on the charts are cut to fit, their buttons are named in full, and this makes that
 * name visible too (a native SVG title would show on hover only, and late).
 */
export function ChartTooltip({ children, className }: { children: ReactNode; className?: string }) {
  const frame = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const show = useCallback((target: EventTarget | null) => {
    const found = tipOf(target);
    const box = frame.current?.getBoundingClientRect();
    if (!found || !box) {
      setTip(null);
      return;
    }
    const rect = found.element.getBoundingClientRect();
    const below = rect.top - box.top < 44;
    setTip({
      text: found.text,
      detail: found.detail,
      left: Math.max(0, rect.left - box.left),
      top: below ? rect.bottom - box.top + 6 : rect.top - box.top - 6,
      below,
    });
  }, []);
  const hide = useCallback(() => setTip(null), []);
  return (
    <div
      ref={frame}
      className={`chart-tooltip-frame${className ? ` ${className}` : ''}`}
      onFocus={(event: FocusEvent) => show(event.target)}
      onBlur={hide}
      onMouseOver={(event: MouseEvent) => show(event.target)}
      onMouseLeave={hide}
    >
      {children}
      {tip ? (
        <div role="tooltip" className={`chart-tooltip${tip.below ? ' chart-tooltip--below' : ''}`} style={{ left: tip.left, top: tip.top }}>
          <strong>{tip.text}</strong>
          {tip.detail ? <span className="chart-tooltip__detail">{tip.detail}</span> : null}
        </div>
      ) : null}
    </div>
  );
}
