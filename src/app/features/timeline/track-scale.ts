import type { Domain } from '../../view/time-window.ts';

/** Day ↔ percentage across the track. The drawing is padded a little either side of the domain
 * so the first and last bars are not glued to the edges; the sliders stay within the domain. */
export interface TrackScale {
  pct(day: number): number;
  /** Days per whole track width. */
  span: number;
  dayAt(fraction: number): number;
}

export function trackScale(d: Domain): TrackScale {
  const pad = Math.max(1, Math.round((d.max - d.min + 1) * 0.02));
  const min = d.min - pad;
  const span = d.max + 1 + pad - min;
  return {
    pct: (day) => ((day - min) / span) * 100,
    span,
    dayAt: (fraction) => Math.floor(min + fraction * span),
  };
}
