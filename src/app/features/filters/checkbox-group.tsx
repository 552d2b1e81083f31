import { memo, useState } from 'react';
import { formatCount } from '../../../vocabulary/format-count.ts';
import { useLatestCallback } from '../../components/use-latest-callback.ts';

export interface CountedOption {
  key: string;
  label: string;
  /** Events with this option in the whole dataset (what the list is ordered by). */
  total: number;
  /** Events with this option in the current view. */
  count: number;
}

interface Props {
  legend: string;
  options: readonly CountedOption[];
  selected: readonly string[];
  onToggle(key: string): void;
}

const FIRST = 6;

// Memoised apart from its label: a view change updates every count, and React rewrites an
// input's type and name on each of its renders (three attribute writes per box, every step).
const Check = memo(function Check({ optionKey, checked, onToggle }: { optionKey: string; checked: boolean; onToggle(key: string): void }) {
  return <input type="checkbox" checked={checked} onChange={() => onToggle(optionKey)} />;
});

/**
 * A multi-select as checkboxes; long lists show the busiest options first, the rest on request.
 * Busiest over the whole dataset, not the current view: ranked by live counts, the options would
 * swap places under the pointer at every scrub step (and be rebuilt each time).
 */
export function CheckboxGroup({ legend, options, selected, onToggle }: Props) {
  const [all, setAll] = useState(false);
  // One callback for the life of the group, so the boxes stay memoised.
  const toggle = useLatestCallback(onToggle);
  const ranked = [...options].sort((a, b) => Number(selected.includes(b.key)) - Number(selected.includes(a.key)) || b.total - a.total || a.label.localeCompare(b.label));
  const shown = all ? ranked : ranked.slice(0, FIRST);
  if (options.length === 0) return null;
  return (
    <fieldset className="checkbox-group">
      <legend className="field-label">{legend}</legend>
      {shown.map((o) => (
        <label key={o.key} className="checkbox" data-empty={o.count === 0 || undefined}>
          <Check optionKey={o.key} checked={selected.includes(o.key)} onToggle={toggle} />
          <span className="checkbox-label">{o.label}</span>
          <span className="count" aria-hidden="true">{formatCount(o.count)}</span>
        </label>
      ))}
      {options.length > FIRST && (
        <button type="button" className="link-button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${options.length}`}
        </button>
      )}
    </fieldset>
  );
}
