import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The inner width of an element in CSS pixels, kept current as the window or the layout
 * changes; null before it is first measured (and where ResizeObserver is missing, as in jsdom).
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    setWidth(Math.round(element.clientWidth));
    const observer = new ResizeObserver(() => setWidth(Math.round(element.clientWidth)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
