import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Button } from './Button';
import { ConfirmDialog } from './ConfirmDialog';
import { Dialog } from './Dialog';

function Opener({ removeOpener = false }: { removeOpener?: boolean }) {
  const [open, setOpen] = useState(false);
  const [gone, setGone] = useState(false);
  return (
    <>
      {gone ? null : <Button onClick={() => setOpen(true)}>Rename…</Button>}
      <Button>Elsewhere</Button>
      {open ? (
        <Dialog
          title="Rename client"
          description="The name shown everywhere."
          onClose={() => setOpen(false)}
          footer={
            <>
              <Button onClick={() => setOpen(false)}>Cancel</Button>
              <Button
                variant="primary"
                onClick={() => {
                  if (removeOpener) setGone(true);
                  setOpen(false);
                }}
              >
                Save
              </Button>
            </>
          }
        >
          <label>
            Name
            <input className="input" />
          </label>
        </Dialog>
      ) : null}
    </>
  );
}

describe('Dialog', () => {
  it('is named by its title and described by its description', async () => {
    render(<Opener />);
    await userEvent.click(screen.getByRole('button', { name: 'Rename…' }));
    expect(screen.getByRole('dialog', { name: 'Rename client' })).toHaveAccessibleDescription('The name shown everywhere.');
  });

  it('puts the focus on its first field, and keeps Tab and Shift+Tab inside', async () => {
    render(<Opener />);
    await userEvent.click(screen.getByRole('button', { name: 'Rename…' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(name).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
    await userEvent.tab();
    expect(name).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
  });

  it('closes on Escape and gives the focus back to the button that opened it', async () => {
    render(<Opener />);
    const opener = screen.getByRole('button', { name: 'Rename…' });
    await userEvent.click(opener);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('gives the focus back after Save too, unless the opener is gone', async () => {
    const { unmount } = render(<Opener />);
    await userEvent.click(screen.getByRole('button', { name: 'Rename…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('button', { name: 'Rename…' })).toHaveFocus();
    unmount();

    render(<Opener removeOpener />);
    await userEvent.click(screen.getByRole('button', { name: 'Rename…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.queryByRole('button', { name: 'Rename…' })).toBeNull();
    expect(document.body).toHaveFocus();
  });
});

describe('ConfirmDialog', () => {
  it('starts on Cancel and shows a destructive confirmation as danger', () => {
    render(<ConfirmDialog title="Delete assessment?" message="This cannot be undone." confirmLabel="Delete" tone="danger" onConfirm={() => undefined} onCancel={() => undefined} />);
    expect(screen.getByRole('dialog', { name: 'Delete assessment?' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveClass('btn', 'btn--danger');
  });
});
