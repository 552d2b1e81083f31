import { memo, useState } from 'react';
import { foldTerm } from '../../../schema/search-terms.ts';
import { formatCount } from '../../../vocabulary/format-count.ts';
import { useLatestCallback } from '../../helpers/use-latest-callback.ts';

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
  /** A long list gets a box to find an option by typing (organisers: a hundred bodies). */
  searchable?: boolean;
}

/** Options shown before "Show all N": enough to see the busiest, few enough to keep the list in view. */
const FIRST = 5;

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
export function CheckboxGroup({ legend, options, selected, onToggle, searchable = false }: Props) {
  const [all, setAll] = useState(false);
  const [text, setText] = useState('');
  // One callback for the life of the group, so the boxes stay memoised.
  const toggle = useLatestCallback(onToggle);
  const ranked = [...options].sort((a, b) => Number(selected.includes(b.key)) - Number(selected.includes(a.key)) || b.total - a.total || a.label.localeCompare(b.label));
  // Typed words narrow the list (every word, in any order, case and accents aside); chosen options stay.
  const words = foldTerm(text).split(/\s+/).filter(Boolean);
  const found = words.length === 0 ? ranked : ranked.filter((o) => selected.includes(o.key) || words.every((w) => foldTerm(o.label).includes(w)));
  const shown = all || words.length > 0 ? found : found.slice(0, FIRST);
  if (options.length === 0) return null;
  const findable = searchable && options.length > FIRST;
  return (
    <fieldset className="checkbox-group">
      <legend className="field-label">{legend}</legend>
      {findable && (
        <input type="search" className="input input-small" aria-label={`Find ${legend.toLowerCase()}`} placeholder={`Find ${legend.toLowerCase()}…`} value={text} onChange={(e) => setText(e.target.value)} />
      )}
      {words.length > 0 && found.every((o) => selected.includes(o.key)) && <p className="hint">No {legend.toLowerCase()} matches “{text.trim()}”</p>}
      {shown.map((o) => (
        <label key={o.key} className="checkbox" data-empty={o.count === 0 || undefined}>
          <Check optionKey={o.key} checked={selected.includes(o.key)} onToggle={toggle} />
          <span className="checkbox-label">{o.label}</span>
          <span className="count" aria-hidden="true">{formatCount(o.count)}</span>
        </label>
      ))}
      {words.length === 0 && options.length > FIRST && (
        <button type="button" className="link-button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${options.length}`}
        </button>
      )}
    </fieldset>
  );
}
