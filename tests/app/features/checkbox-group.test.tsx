import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CheckboxGroup, type CountedOption } from '../../../src/app/features/filters/checkbox-group.tsx';

const option = (label: string, total: number, count: number): CountedOption => ({ key: label.toLowerCase(), label, total, count });
// Totals over the dataset fall from A to H; the counts in view happen to rise.
const OPTIONS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((label, i) => option(label, 100 - i, i));

const shown = () => within(screen.getByRole('group', { name: 'Topic' })).getAllByRole('checkbox').map((box) => box.closest('label')?.textContent);

describe('CheckboxGroup', () => {
  it('lists the chosen options first, then the busiest in the whole dataset, whatever the counts in view', () => {
    const { rerender } = render(<CheckboxGroup legend="Topic" options={OPTIONS} selected={['g']} onToggle={() => undefined} />);
    expect(shown()).toEqual(['G6', 'A0', 'B1', 'C2', 'D3']);
    // A scrub step changes the counts, not the order (nothing swaps places under the pointer).
    rerender(<CheckboxGroup legend="Topic" options={OPTIONS.map((o) => ({ ...o, count: 50 - o.count }))} selected={['g']} onToggle={() => undefined} />);
    expect(shown()).toEqual(['G44', 'A50', 'B49', 'C48', 'D47']);
    expect(screen.getByRole('button', { name: 'Show all 8' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('finds an option of a long list by typing, keeping the chosen ones in sight', async () => {
    const user = userEvent.setup();
    const bodies = ['OSCE Office in Yerevan', 'UNODC Regional Office', 'Border Management Staff College', 'Ministry of Interior', 'EU Delegation', 'US Embassy'].map((l, i) => option(l, 10 - i, 1));
    render(<CheckboxGroup legend="Organiser" searchable options={bodies} selected={['us embassy']} onToggle={() => undefined} />);
    const group = within(screen.getByRole('group', { name: 'Organiser' }));
    await user.type(group.getByRole('searchbox', { name: 'Find organiser' }), 'office yerev');
    expect(group.getAllByRole('checkbox').map((b) => b.closest('label')?.textContent)).toEqual(['US Embassy1', 'OSCE Office in Yerevan1']);
    await user.clear(group.getByRole('searchbox', { name: 'Find organiser' }));
    await user.type(group.getByRole('searchbox', { name: 'Find organiser' }), 'zzz');
    expect(group.getByText('No organiser matches “zzz”')).toBeInTheDocument();
  });
});
