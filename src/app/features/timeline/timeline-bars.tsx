import { memo } from 'react';
import { dayOf, dayParts } from '../../helpers/days.ts';
import type { Bin, Domain, Granularity } from '../../view/time-window.ts';
import type { TrackScale } from './track-scale.ts';

interface Props {
  bins: readonly Bin[];
  all: readonly number[];
  /** The events passing the filters, per bin, by how sure their date is: stated, derived, approximate (stacked in that order). */
  filtered: readonly (readonly number[])[];
  scale: TrackScale;
}

/** The look of each layer of the stack, in DATE_KIND order. */
const KIND_CLASSES = ['bar-filtered', 'bar-filtered bar-derived', 'bar-filtered bar-approximate'] as const;

/**
 * Histogram: every dated event in muted grey; those passing the filters stacked in the accent
 * colour, solid for a stated day, lighter for a derived one, hatched for an approximate range.
 */
export const TimelineBars = memo(function TimelineBars({ bins, all, filtered, scale }: Props) {
  const max = Math.max(1, ...all);
  const below = bins.map(() => 0);
  const bar = (counts: readonly number[], className: string, stacked: boolean) =>
    bins.map((b, i) => {
      if (!counts[i]) return null;
      const base = stacked ? below[i]! : 0;
      if (stacked) below[i]! += counts[i];
      const h = (counts[i] / max) * 92;
      return <rect key={`${className}-${b.start}`} className={className} x={scale.pct(b.start)} width={scale.pct(b.end) - scale.pct(b.start)} y={100 - (base / max) * 92 - h} height={h} />;
    });
  return (
    <svg className="timeline-bars" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
      <defs>
        {/* Thin upright stripes: the drawing is stretched to the track (preserveAspectRatio none), so slanted ones would not stay slanted. */}
        <pattern id="timeline-hatch" width="0.8" height="100" patternUnits="userSpaceOnUse">
          <rect width="0.8" height="100" className="bar-hatch-ground" />
          <rect width="0.3" height="100" className="bar-hatch-line" />
        </pattern>
      </defs>
      {bar(all, 'bar-all', false)}
      {filtered.map((counts, k) => bar(counts, KIND_CLASSES[k]!, true))}
    </svg>
  );
});

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Axis labels: months (with the year at each January) for short spans, years otherwise. */
export function axisTicks(d: Domain, g: Granularity): { day: number; label: string }[] {
  const first = dayParts(d.min);
  const last = dayParts(d.max);
  if (g === 'day' || g === 'month') {
    const ticks = [];
    for (let y = first.year, m = first.month; y < last.year || (y === last.year && m <= last.month); m === 12 ? (y++, (m = 1)) : m++) {
      ticks.push({ day: dayOf(y, m), label: m === 1 || ticks.length === 0 ? `${SHORT_MONTHS[m - 1]} ${y}` : SHORT_MONTHS[m - 1]! });
    }
    return ticks;
  }
  const years = last.year - first.year + 1;
  const step = Math.max(1, Math.ceil(years / 12));
  return Array.from({ length: Math.ceil(years / step) }, (_, i) => first.year + i * step).map((y) => ({ day: dayOf(y, 1), label: String(y) }));
}
