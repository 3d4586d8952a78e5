import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Tabs, tabIndexAfterKey } from './Tabs';
import { RuleNote } from './RuleNote';

type Section = 'overview' | 'maturity' | 'audit' | 'history';

function Sections() {
  const [value, setValue] = useState<Section>('overview');
  return (
    <>
      <Tabs
        label="Client sections"
        orientation="vertical"
        value={value}
        onChange={setValue}
        tabId={(section) => `tab-${section}`}
        panelId={(section) => `panel-${section}`}
        groups={[
          { label: 'Client', items: [{ value: 'overview', label: 'Overview' }] },
          { label: 'Assess', items: [{ value: 'maturity', label: 'Maturity', count: 2 }, { value: 'audit', label: 'Audit' }] },
          { label: 'History', items: [{ value: 'history', label: 'History' }] },
        ]}
      />
      <div role="tabpanel" id={`panel-${value}`} aria-labelledby={`tab-${value}`}>
        {value}
      </div>
    </>
  );
}

describe('Tabs', () => {
  it('names each tab by its label alone, the group caption and the count being visual only', () => {
    render(<Sections />);
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Overview', 'Maturity2', 'Audit', 'History']);
    expect(screen.getByRole('tab', { name: 'Maturity' })).toBeInTheDocument();
    expect(screen.getByRole('tablist', { name: 'Client sections' })).toHaveAttribute('aria-orientation', 'vertical');
    expect(screen.getByText('Assess')).toHaveAttribute('aria-hidden', 'true');
  });

  it('moves and selects across groups with the arrow keys, Home and End, wrapping at the ends', async () => {
    const user = userEvent.setup();
    render(<Sections />);
    await user.click(screen.getByRole('tab', { name: 'Overview' }));
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('tab', { name: 'Maturity' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Maturity' })).toHaveFocus();
    expect(screen.getByRole('tabpanel', { name: 'Maturity' })).toHaveTextContent('maturity');
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'History' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('tab', { name: 'Overview' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('tab', { name: 'History' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getAllByRole('tab').filter((tab) => tab.tabIndex === 0)).toHaveLength(1);
  });

  it.each([
    ['ArrowRight', 0, 4, 'horizontal', 1],
    ['ArrowLeft', 0, 4, 'horizontal', 3],
    ['ArrowDown', 0, 4, 'horizontal', null],
    ['ArrowDown', 3, 4, 'vertical', 0],
    ['ArrowUp', 2, 4, 'vertical', 1],
    ['Home', 2, 4, 'vertical', 0],
    ['End', 0, 4, 'horizontal', 3],
    ['a', 0, 4, 'vertical', null],
  ] as const)('%s from %i of %i (%s) goes to %s', (key, index, count, orientation, expected) => {
    expect(tabIndexAfterKey(key, index, count, orientation)).toBe(expected);
  });
});

describe('RuleNote', () => {
  it('keeps the rule behind "How is this calculated?" until asked, and hides it again', async () => {
    const user = userEvent.setup();
    render(<RuleNote>The overall stage is the median of the current stages.</RuleNote>);
    const toggle = screen.getByRole('button', { name: 'How is this calculated?' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText(/median of the current stages/)).not.toBeVisible();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(/median of the current stages/)).toBeVisible();
    await user.click(toggle);
    expect(screen.getByText(/median of the current stages/)).not.toBeVisible();
  });
});
