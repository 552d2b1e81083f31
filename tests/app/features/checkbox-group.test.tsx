import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CheckboxGroup, type CountedOption } from '../../../src/app/features/filters/checkbox-group.tsx';

const option = (label: string, total: number, count: number): CountedOption => ({ key: label.toLowerCase(), label, total, count });
// Totals over the dataset fall from A to H; the counts in view happen to rise.
const OPTIONS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((label, i) => option(label, 100 - i, i));

const shown = () => within(screen.getByRole('group', { name: 'Topic' })).getAllByRole('checkbox').map((box) => box.closest('label')?.textContent);

describe('CheckboxGroup', () => {
  it('lists the chosen options first, then the busiest in the whole dataset, whatever the counts in view', () => {
    const { rerender } = render(<CheckboxGroup legend="Topic" options={OPTIONS} selected={['g']} onToggle={() => undefined} />);
    expect(shown()).toEqual(['G6', 'A0', 'B1', 'C2', 'D3', 'E4']);
    // A scrub step changes the counts, not the order (nothing swaps places under the pointer).
    rerender(<CheckboxGroup legend="Topic" options={OPTIONS.map((o) => ({ ...o, count: 50 - o.count }))} selected={['g']} onToggle={() => undefined} />);
    expect(shown()).toEqual(['G44', 'A50', 'B49', 'C48', 'D47', 'E46']);
    expect(screen.getByRole('button', { name: 'Show all 8' })).toHaveAttribute('aria-expanded', 'false');
  });
});
