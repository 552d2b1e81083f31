import { dayParts } from './helpers/days.ts';
import type { DayWindow } from './view/time-window.ts';
import { formatCount } from '../vocabulary/format-count.ts';
import { onMapCount } from '../vocabulary/on-map-count.ts';

interface Props {
  total: number;
  /** Events passing the filters and the window, and how many of them have no marker. */
  shown: number;
  unplaced: number;
  /** The time window shown (the whole domain when none is chosen): the header names its years. */
  window: DayWindow | null;
  filtersOpen: boolean;
  onToggleFilters(): void;
}

function yearsText(w: DayWindow | null): string {
  if (!w) return '';
  const [a, b] = [dayParts(w.from).year, dayParts(w.to).year];
  return a === b ? ` · ${a}` : ` · ${a}–${b}`;
}

export function AppHeader({ total, shown, unplaced, window, filtersOpen, onToggleFilters }: Props) {
  return (
    <header className="app-header">
      <h1 className="app-title">Event Atlas</h1>
      <p className="app-count">
        {shown === total ? '' : `${formatCount(shown)} of `}
        {formatCount(total)} {total === 1 ? 'event' : 'events'}
        {shown > 0 && ` · ${onMapCount(shown, shown - unplaced, true)}`}
        {yearsText(window)}
      </p>
      {/* Phone only: the filters live in a bottom sheet. */}
      <button type="button" className="button filters-toggle" aria-expanded={filtersOpen} aria-controls="filters-sheet" onClick={onToggleFilters}>
        Filters
      </button>
    </header>
  );
}
