import type { KeyboardEvent, MouseEvent } from 'react';
import type { SvgElement } from '../../../shared/charts/svg-tree';
import { SvgChart } from './SvgChart';

/** The id an element of a shared chart carries (data-<key>), found from the event target up. */
function idFrom(target: EventTarget | null, key: string): string | null {
  const element = target instanceof Element ? target.closest(`[data-${key}]`) : null;
  return element?.getAttribute(`data-${key}`) ?? null;
}

/**
 * A shared chart (shared/charts, built with `interactive: true`) whose marks are focusable
 * buttons: a click, Enter or Space on one calls `onActivate` with its id. One listener on the
 * wrapper serves every mark, so the chart stays the same tree the PDF report draws.
 */
export function InteractiveSvgChart({ tree, className, idKey, onActivate }: { tree: SvgElement; className?: string; idKey: string; onActivate: (id: string) => void }) {
  const onClick = (event: MouseEvent) => {
    const id = idFrom(event.target, idKey);
    if (id) onActivate(id);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const id = idFrom(event.target, idKey);
    if (!id) return;
    event.preventDefault();
    onActivate(id);
  };
  return (
    // The marks inside are the buttons (role, tabindex and name come with the tree); this wrapper only listens.
    <div onClick={onClick} onKeyDown={onKeyDown}>
      <SvgChart tree={tree} className={className} />
    </div>
  );
}
