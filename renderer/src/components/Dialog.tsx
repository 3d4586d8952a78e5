import { useEffect, useId, useRef, type ReactNode } from 'react';

const FOCUSABLE = 'input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';

interface DialogProps {
  title: string;
  /** One line under the title. */
  description?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  size?: 'small' | 'medium' | 'large';
}

/** The elements Tab can reach inside `root`, in order. */
const tabbable = (root: HTMLElement): HTMLElement[] =>
  [...root.querySelectorAll<HTMLElement>(`${FOCUSABLE}, a[href], [tabindex]:not([tabindex="-1"])`)].filter((element) => !element.closest('[inert]'));

/**
 * A modal built on the native <dialog>: the page behind is inert, Tab and Shift+Tab cycle
 * inside it, Escape closes it, and on closing focus goes back to what opened it. The title
 * labels it. Rendered only while open. Text fields inside keep the browser's own undo (they
 * hold a draft, not the store).
 */
export function Dialog({ title, description, onClose, children, footer, size = 'medium' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    // Browsers focus the first focusable element; make sure of it (React's autoFocus may run too early).
    if (!dialog.contains(document.activeElement)) dialog.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    return () => {
      dialog.close();
      // Back to the button that opened it, if it is still there (a deleted row's button is
      // not) and nothing else took the focus on the way out.
      const focus = document.activeElement;
      const unclaimed = focus === null || focus === document.body || dialog.contains(focus);
      if (opener?.isConnected && unclaimed) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${size}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose();
        } else if (event.key === 'Tab' && ref.current) {
          const stops = tabbable(ref.current);
          const first = stops[0];
          const last = stops[stops.length - 1];
          if (!first || !last) return;
          if (event.shiftKey && (document.activeElement === first || !ref.current.contains(document.activeElement))) {
            event.preventDefault();
            last.focus();
          } else if (!event.shiftKey && document.activeElement === last) {
            event.preventDefault();
            first.focus();
          }
        }
      }}
      onMouseDown={(event) => {
        if (event.target === ref.current) onClose();
      }}
    >
      <div className="dialog__body">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        {description ? (
          <p id={descriptionId} className="dialog__description">
            {description}
          </p>
        ) : null}
        {children}
      </div>
      {footer ? <div className="dialog__footer">{footer}</div> : null}
    </dialog>
  );
}
