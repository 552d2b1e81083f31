import { dayParts } from './components/days.ts';
import type { Domain } from './view/time-window.ts';
import { formatCount } from '../vocabulary/format-count.ts';
import { onMapCount } from '../vocabulary/on-map-count.ts';

interface Props {
  total: number;
  /** Events passing the filters and the window, and how many of them have no marker. */
  shown: number;
  unplaced: number;
  domain: Domain | null;
  filtersOpen: boolean;
  onToggleFilters(): void;
}

function yearsText(d: Domain | null): string {
  if (!d) return '';
  const [a, b] = [dayParts(d.min).year, dayParts(d.max).year];
  return a === b ? ` · ${a}` : ` · ${a}–${b}`;
}

export function AppHeader({ total, shown, unplaced, domain, filtersOpen, onToggleFilters }: Props) {
  return (
    <header className="app-header">
      <h1 className="app-title">Event Atlas</h1>
      <p className="app-count">
        {shown === total ? '' : `${formatCount(shown)} of `}
        {formatCount(total)} {total === 1 ? 'event' : 'events'}
        {shown > 0 && ` · ${onMapCount(shown, shown - unplaced, true)}`}
        {yearsText(domain)}
      </p>
      {/* Phone only: the filters live in a bottom sheet. */}
      <button type="button" className="button filters-toggle" aria-expanded={filtersOpen} aria-controls="filters-sheet" onClick={onToggleFilters}>
        Filters
      </button>
    </header>
  );
}
