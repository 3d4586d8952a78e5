import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Button } from './Button';
import { Field } from './Field';
import { IconButton } from './IconButton';
import { Select } from './Select';

describe('Button', () => {
  it('is a plain button that never submits its form unless told to', async () => {
    const onSubmit = vi.fn((event: Event) => event.preventDefault());
    render(
      <form onSubmit={(event) => onSubmit(event.nativeEvent)}>
        <Button>Cancel</Button>
        <Button type="submit" variant="primary">
          Save
        </Button>
      </form>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onSubmit).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledOnce();
  });

  it.each([
    ['secondary', 'btn'],
    ['primary', 'btn btn--primary'],
    ['danger', 'btn btn--danger'],
    ['ghost', 'btn btn--ghost'],
    ['ghost-danger', 'btn btn--ghost-danger'],
  ] as const)('draws the %s variant with the stylesheet classes %s', (variant, classes) => {
    render(<Button variant={variant}>Go</Button>);
    expect(screen.getByRole('button', { name: 'Go' }).className).toBe(classes);
  });

  it('comes in a small size and a full-width form', () => {
    render(
      <Button size="small" block>
        Go
      </Button>,
    );
    expect(screen.getByRole('button', { name: 'Go' })).toHaveClass('btn', 'btn--small', 'btn--block');
  });

  it('does nothing while disabled', async () => {
    const onClick = vi.fn();
    render(
      <Button disabled onClick={onClick}>
        Export
      </Button>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(onClick).not.toHaveBeenCalled();
  });
});

describe('IconButton', () => {
  it('is named and titled by its label, not by its icon', async () => {
    const onClick = vi.fn();
    render(<IconButton label="Remove competitor Bergwelt" icon={<svg aria-hidden="true" />} onClick={onClick} />);
    const button = screen.getByRole('button', { name: 'Remove competitor Bergwelt' });
    expect(button).toHaveAttribute('title', 'Remove competitor Bergwelt');
    await userEvent.click(button);
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('refuses an empty label', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<IconButton label=" " icon={<svg />} />)).toThrow(/needs a label/);
  });
});

describe('Select', () => {
  it('offers its options and is changed with the keyboard', async () => {
    const onChange = vi.fn();
    render(
      <label>
        Confidence
        <Select
          value="high"
          onChange={(event) => onChange(event.target.value)}
          options={[
            { value: 'low', label: 'Low' },
            { value: 'high', label: 'High' },
          ]}
        />
      </label>,
    );
    const select = screen.getByRole('combobox', { name: 'Confidence' });
    expect(select).toHaveClass('select');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Low', 'High']);
    select.focus();
    await userEvent.selectOptions(select, 'Low');
    expect(onChange).toHaveBeenCalledWith('low');
  });

  it('takes a compact size', () => {
    render(<Select aria-label="Status" size="compact" options={[{ value: 'a', label: 'A' }]} />);
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveClass('select', 'select--compact');
  });
});

describe('Field', () => {
  it('labels its control and describes it by the hint and the error', () => {
    render(
      <Field label="Target value" hint="In the KPI's unit." error="Enter a number.">
        <input className="input" />
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: 'Target value' });
    expect(input).toHaveAccessibleDescription("In the KPI's unit. Enter a number.");
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a number.');
  });

  it('leaves a valid control undescribed and not invalid', () => {
    render(
      <Field label="Name">
        <input className="input" />
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-describedby');
  });

  it('hands the ids to a render function for controls that place them themselves', () => {
    render(<Field label="Owner" hint="Who reports it.">{({ id, describedBy }) => <Select id={id} aria-describedby={describedBy} options={[{ value: 'a', label: 'Anna' }]} />}</Field>);
    expect(screen.getByRole('combobox', { name: 'Owner' })).toHaveAccessibleDescription('Who reports it.');
  });
});
