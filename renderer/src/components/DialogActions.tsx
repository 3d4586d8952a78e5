import { Button } from './Button';

/** The footer of a form dialog: Cancel, then the submit button named for what it does. */
export function DialogActions({ submitLabel, onCancel }: { submitLabel: string; onCancel: () => void }) {
  return (
    <div className="dialog__footer dialog__footer--inline">
      <Button onClick={onCancel}>Cancel</Button>
      <Button type="submit" variant="primary">
        {submitLabel}
      </Button>
    </div>
  );
}
