import { useEffect, useRef, useState } from 'react';
import { moveWindow, playStart, type DayWindow, type Domain } from '../../view/time-window.ts';
import type { HistoryMode } from '../../view/view-intent.ts';

/** A whole pass over the domain takes this long, whatever its length: a steady, watchable pace. */
const PASS_MS = 15_000;

type OnChange = (w: DayWindow, mode: HistoryMode) => void;

/** Plays the window forward with requestAnimationFrame until it reaches the end. */
export function usePlay(window: DayWindow, domain: Domain, onChange: OnChange) {
  const [playing, setPlaying] = useState(false);
  const latest = useRef({ window, domain, onChange });
  useEffect(function keepLatest() {
    latest.current = { window, domain, onChange };
  });

  useEffect(
    function animateWindow() {
      if (!playing) return;
      const { domain: d, onChange: emit } = latest.current;
      let w = playStart(latest.current.window, d);
      // The first step is pushed so Back returns to the window before playing; frames replace it.
      emit(w, 'push');
      let position = w.from;
      // Timed from the first frame's own clock: rAF timestamps and performance.now() may differ.
      let last: number | null = null;
      const daysPerMs = Math.max(1, d.max - d.min) / PASS_MS;
      let frame = requestAnimationFrame(step);
      function step(now: number) {
        position += (now - (last ?? now)) * daysPerMs;
        last = now;
        const next = moveWindow(w, Math.floor(position) - w.from, d);
        if (next.from !== w.from) {
          w = next;
          latest.current.onChange(w, 'replace');
        }
        if (w.to >= d.max) return setPlaying(false);
        frame = requestAnimationFrame(step);
      }
      return function stopAnimation() {
        cancelAnimationFrame(frame);
      };
    },
    [playing],
  );

  return { playing, toggle: () => setPlaying((p) => !p), stop: () => setPlaying(false) };
}
