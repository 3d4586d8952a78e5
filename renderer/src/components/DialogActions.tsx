/** The footer of a form dialog: Cancel, then the submit button named for what it does. */
export function DialogActions({ submitLabel, onCancel }: { submitLabel: string; onCancel: () => void }) {
  return (
    <div className="dialog__footer dialog__footer--inline">
      <button type="button" className="btn" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="btn btn--primary">
        {submitLabel}
      </button>
    </div>
  );
}
