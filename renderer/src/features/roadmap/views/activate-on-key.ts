import type { KeyboardEvent } from 'react';

/** Enter or Space on a focusable SVG shape (role="button") acts like a click. */
export function activateOnKey(open: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    open();
  };
}
