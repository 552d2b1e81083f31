import { useRef, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { formatDay } from '../../../vocabulary/format-dates.ts';
import { fromDay } from '../../helpers/days.ts';
import { moveWindow, resizeWindow, stepDay, stepWindow, type DayWindow, type Domain } from '../../view/time-window.ts';
import type { HistoryMode } from '../../view/view-intent.ts';
import type { TrackScale } from './track-scale.ts';

interface Props {
  track: RefObject<HTMLDivElement | null>;
  window: DayWindow;
  domain: Domain;
  scale: TrackScale;
  onChange(w: DayWindow, mode: HistoryMode): void;
  onInteract(): void;
}

type Drag = { kind: 'move' | 'from' | 'to'; x: number; start: DayWindow; moved: boolean };

/** The window's body (drag to move it) and its two edges (sliders: drag or keys to resize). */
export function WindowHandles({ track, window: w, domain, scale, onChange, onInteract }: Props) {
  const drag = useRef<Drag | null>(null);

  function begin(kind: Drag['kind'], e: PointerEvent<HTMLElement>) {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture?.(e.pointerId);
    if (kind !== 'move') e.currentTarget.focus();
    onInteract();
    drag.current = { kind, x: e.clientX, start: w, moved: false };
  }

  function onPointerMove(e: PointerEvent<HTMLElement>) {
    const d = drag.current;
    const rect = track.current?.getBoundingClientRect();
    if (!d || !rect || rect.width === 0) return;
    const next =
      d.kind === 'move'
        ? moveWindow(d.start, Math.round(((e.clientX - d.x) / rect.width) * scale.span), domain)
        : resizeWindow(d.start, d.kind, scale.dayAt((e.clientX - rect.left) / rect.width) - (d.kind === 'to' ? 1 : 0), domain);
    if (next.from === w.from && next.to === w.to) return;
    // The first change of a drag is pushed (Back undoes the whole drag); the rest replace it.
    onChange(next, d.moved ? 'replace' : 'push');
    d.moved = true;
  }

  const end = () => {
    drag.current = null;
  };

  function onKey(edge: 'from' | 'to') {
    return (e: KeyboardEvent<HTMLElement>) => {
      const day = stepDay(w[edge], e.key, domain);
      if (day === null) return;
      e.preventDefault();
      onInteract();
      onChange(resizeWindow(w, edge, day, domain), 'replace');
    };
  }

  function onWindowKey(e: KeyboardEvent<HTMLElement>) {
    const next = stepWindow(w, e.key, domain);
    if (next === null) return;
    e.preventDefault();
    onInteract();
    onChange(next, 'replace');
  }

  const handlers = { onPointerMove, onPointerUp: end, onPointerCancel: end };
  const slider = (edge: 'from' | 'to', label: string, left: number) => (
    <div
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-valuemin={domain.min}
      aria-valuemax={domain.max}
      aria-valuenow={w[edge]}
      aria-valuetext={formatDay(fromDay(w[edge]))}
      className={`timeline-handle timeline-handle-${edge}`}
      style={{ left: `${left}%` }}
      onKeyDown={onKey(edge)}
      onPointerDown={(e) => begin(edge, e)}
      {...handlers}
    />
  );

  return (
    <>
      {/* The window itself moves by keys too, keeping its width (Page Up/Down: a year). */}
      <div
        role="slider"
        tabIndex={0}
        aria-label="Time window"
        aria-valuemin={domain.min}
        aria-valuemax={domain.max}
        aria-valuenow={w.from}
        aria-valuetext={`${formatDay(fromDay(w.from))} – ${formatDay(fromDay(w.to))}`}
        className="timeline-window"
        style={{ left: `${scale.pct(w.from)}%`, width: `${scale.pct(w.to + 1) - scale.pct(w.from)}%` }}
        onKeyDown={onWindowKey}
        onPointerDown={(e) => begin('move', e)}
        {...handlers}
      />
      {slider('from', 'Start date', scale.pct(w.from))}
      {slider('to', 'End date', scale.pct(w.to + 1))}
    </>
  );
}
