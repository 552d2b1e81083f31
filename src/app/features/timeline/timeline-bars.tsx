import { memo } from 'react';
import { dayOf, dayParts } from '../../components/days.ts';
import type { Bin, Domain, Granularity } from '../../view/time-window.ts';
import type { TrackScale } from './track-scale.ts';

interface Props {
  bins: readonly Bin[];
  all: readonly number[];
  filtered: readonly number[];
  scale: TrackScale;
}

/** Histogram: every event in muted grey, the ones passing the filters in the accent colour. */
export const TimelineBars = memo(function TimelineBars({ bins, all, filtered, scale }: Props) {
  const max = Math.max(1, ...all);
  const bar = (counts: readonly number[], className: string) =>
    bins.map((b, i) =>
      counts[i] ? (
        <rect key={`${className}-${b.start}`} className={className} x={scale.pct(b.start)} width={scale.pct(b.end) - scale.pct(b.start)} y={100 - (counts[i] / max) * 92} height={(counts[i] / max) * 92} />
      ) : null,
    );
  return (
    <svg className="timeline-bars" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
      {bar(all, 'bar-all')}
      {bar(filtered, 'bar-filtered')}
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
