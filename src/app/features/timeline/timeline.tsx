import { useMemo, useRef } from 'react';
import { formatDay } from '../../components/format-dates.ts';
import { fromDay } from '../../components/days.ts';
import { binsFor, countInBins, type DayWindow, type Domain } from '../../view/time-window.ts';
import type { HistoryMode } from '../../view/use-view-state.ts';
import { TimelineBars, axisTicks } from './timeline-bars.tsx';
import { trackScale } from './track-scale.ts';
import { usePlay } from './use-play.ts';
import { WindowHandles } from './window-handles.tsx';

interface Props {
  domain: Domain;
  window: DayWindow;
  /** Start days of every dated event, and of those passing the filters (window ignored). */
  allDays: readonly number[];
  filteredDays: ArrayLike<number>;
  onChange(w: DayWindow, mode: HistoryMode): void;
}

/** Histogram of events over time with a draggable, resizable, playable window. */
export function Timeline({ domain, window: w, allDays, filteredDays, onChange }: Props) {
  const track = useRef<HTMLDivElement>(null);
  const scale = useMemo(() => trackScale(domain), [domain]);
  const { granularity, bins } = useMemo(() => binsFor(domain), [domain]);
  const all = useMemo(() => countInBins(allDays, bins), [allDays, bins]);
  const filtered = useMemo(() => countInBins(filteredDays, bins), [filteredDays, bins]);
  const ticks = useMemo(() => axisTicks(domain, granularity), [domain, granularity]);
  const { playing, toggle, stop } = usePlay(w, domain, onChange);

  return (
    <section role="group" aria-label="Timeline" className="timeline">
      <div className="timeline-head">
        <button type="button" className="button play-button" onClick={toggle}>
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? 'Pause' : 'Play'}
        </button>
        <span className="timeline-range">
          {formatDay(fromDay(w.from))} – {formatDay(fromDay(w.to))}
        </span>
        <span className="timeline-unit">per {granularity === 'day' ? 'day' : granularity}</span>
      </div>
      <div className="timeline-track" ref={track}>
        <TimelineBars bins={bins} all={all} filtered={filtered} scale={scale} />
        <WindowHandles track={track} window={w} domain={domain} scale={scale} onChange={onChange} onInteract={stop} />
      </div>
      <div className="timeline-axis" aria-hidden="true">
        {ticks.map((t) => (
          <span key={t.day} style={{ left: `${scale.pct(t.day)}%` }}>{t.label}</span>
        ))}
      </div>
    </section>
  );
}
