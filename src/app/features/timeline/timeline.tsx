import { useMemo, useRef } from 'react';
import { formatDay } from '../../../vocabulary/format-dates.ts';
import { fromDay } from '../../helpers/days.ts';
import { binsFor, countInBins, type DayWindow, type Domain } from '../../view/time-window.ts';
import type { HistoryMode } from '../../view/view-intent.ts';
import { TimelineBars, axisTicks } from './timeline-bars.tsx';
import { trackScale } from './track-scale.ts';
import { usePlay } from './use-play.ts';
import { TimelineKey } from './timeline-key.tsx';
import { WindowHandles } from './window-handles.tsx';
import type { UndatedChoice } from '../../view/view-state.ts';

/** Timeline days and their DATE_KINDs (stated, derived, approximate). */
export interface KindedDays {
  days: ArrayLike<number>;
  kinds: ArrayLike<number>;
}

interface Props {
  domain: Domain;
  window: DayWindow;
  /** Every dated event, and those passing the filters (window ignored). */
  allDays: KindedDays;
  filtered: KindedDays;
  /** Undated events passing the filters, and whether they stay in the selection. */
  undated: number;
  undatedChoice: UndatedChoice;
  onChange(w: DayWindow, mode: HistoryMode): void;
  onUndatedChoice(choice: UndatedChoice): void;
}

const KINDS = [0, 1, 2] as const;

/**
 * Where each axis label goes, none cut by the track's edges ("01", "202"): a tick before the
 * domain's padded start is left out, and each label is shifted left by as much of its own width as
 * its tick is along the track (`shift`), so the first starts at its tick and the last ends at its.
 */
export function axisLabels(ticks: readonly { day: number; label: string }[], scale: { pct(day: number): number }) {
  return ticks.map((t) => ({ ...t, pct: scale.pct(t.day) })).filter((t) => t.pct >= 0 && t.pct <= 100).map((t) => ({ ...t, shift: t.pct }));
}

/** Histogram of events over time with a draggable, resizable, playable window. */
export function Timeline({ domain, window: w, allDays, filtered: filteredDays, undated, undatedChoice, onChange, onUndatedChoice }: Props) {
  const track = useRef<HTMLDivElement>(null);
  const scale = useMemo(() => trackScale(domain), [domain]);
  const { granularity, bins } = useMemo(() => binsFor(domain), [domain]);
  const all = useMemo(() => countInBins(allDays.days, bins), [allDays, bins]);
  const filtered = useMemo(() => KINDS.map((k) => countInBins(filteredDays.days, bins, filteredDays.kinds, k)), [filteredDays, bins]);
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
        {axisLabels(ticks, scale).map((t) => (
          <span key={t.day} style={{ left: `${t.pct}%` }}>
            <span className="timeline-axis__label" style={{ transform: `translateX(-${t.shift}%)` }}>{t.label}</span>
          </span>
        ))}
      </div>
      <TimelineKey undated={undated} choice={undatedChoice} onChoice={onUndatedChoice} />
    </section>
  );
}
