import { addMonths, dayOf, dayParts, fromDay, toDay } from '../helpers/days.ts';

/** Inclusive day-number ranges: the data's extent and the chosen window inside it. */
export interface Domain {
  min: number;
  max: number;
}
export interface DayWindow {
  from: number;
  to: number;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export function clampWindow(w: DayWindow, d: Domain): DayWindow {
  const from = clamp(Math.min(w.from, w.to), d.min, d.max);
  return { from, to: clamp(Math.max(w.from, w.to), from, d.max) };
}

/** Shifts the whole window by `delta` days, keeping its width; it stops at the domain's edges. */
export function moveWindow(w: DayWindow, delta: number, d: Domain): DayWindow {
  const width = Math.min(w.to - w.from, d.max - d.min);
  const from = clamp(w.from + delta, d.min, d.max - width);
  return { from, to: from + width };
}

/** Moves one edge to `day`; the start can never pass the end (nor the end the start). */
export function resizeWindow(w: DayWindow, edge: 'from' | 'to', day: number, d: Domain): DayWindow {
  return edge === 'from'
    ? { from: clamp(day, d.min, w.to), to: w.to }
    : { from: w.from, to: clamp(day, w.from, d.max) };
}

/**
 * Slider keys: arrows ±1 day, Page Up/Down ±1 year (six years were 72 presses by the month),
 * Home/End to the domain's extremes. Null for keys a slider does not handle.
 */
export function stepDay(day: number, key: string, d: Domain): number | null {
  const next: Record<string, () => number> = {
    ArrowLeft: () => day - 1,
    ArrowDown: () => day - 1,
    ArrowRight: () => day + 1,
    ArrowUp: () => day + 1,
    PageDown: () => addMonths(day, -12),
    PageUp: () => addMonths(day, 12),
    Home: () => d.min,
    End: () => d.max,
  };
  const f = next[key];
  return f ? clamp(f(), d.min, d.max) : null;
}

/**
 * The window's own keys: arrows ±1 day, Page Up/Down ±1 year (both edges by twelve calendar months,
 * so 2008–2012 becomes 2009–2013), Home/End to the domain's start or end; the width is kept at the
 * domain's edges. Null for keys it does not handle.
 */
export function stepWindow(w: DayWindow, key: string, d: Domain): DayWindow | null {
  const byYear = (months: number): DayWindow => {
    const next = { from: addMonths(w.from, months), to: addMonths(w.to, months) };
    return next.from < d.min || next.to > d.max ? moveWindow(w, months > 0 ? d.max - w.to : d.min - w.from, d) : next;
  };
  const step: Record<string, () => DayWindow> = {
    ArrowLeft: () => moveWindow(w, -1, d),
    ArrowDown: () => moveWindow(w, -1, d),
    ArrowRight: () => moveWindow(w, 1, d),
    ArrowUp: () => moveWindow(w, 1, d),
    PageDown: () => byYear(-12),
    PageUp: () => byYear(12),
    Home: () => moveWindow(w, d.min - w.from, d),
    End: () => moveWindow(w, d.max - w.to, d),
  };
  return step[key]?.() ?? null;
}

/** The window the view asks for; a missing edge means the domain's edge. */
export function windowFromView(view: { from: string | null; to: string | null }, d: Domain): DayWindow {
  return clampWindow({ from: view.from ? toDay(view.from) : d.min, to: view.to ? toDay(view.to) : d.max }, d);
}

/** Back to URL dates: an edge at the domain's edge is left out, so the default URL stays clean. */
export function viewFromWindow(w: DayWindow, d: Domain): { from: string | null; to: string | null } {
  return { from: w.from <= d.min ? null : fromDay(w.from), to: w.to >= d.max ? null : fromDay(w.to) };
}

export type Granularity = 'day' | 'month' | 'quarter' | 'year';
export interface Bin {
  start: number;
  /** Exclusive. */
  end: number;
}

/** Days for short spans, months up to 3 years, quarters up to 15, years beyond. */
export function granularityFor(d: Domain): Granularity {
  const span = d.max - d.min + 1;
  if (span <= 62) return 'day';
  if (span <= 3 * 366) return 'month';
  if (span <= 15 * 366) return 'quarter';
  return 'year';
}

function binStart(day: number, g: Granularity): number {
  const { year, month } = dayParts(day);
  if (g === 'day') return day;
  if (g === 'month') return dayOf(year, month);
  if (g === 'quarter') return dayOf(year, month - ((month - 1) % 3));
  return dayOf(year, 1);
}

const STEP_MONTHS: Record<Exclude<Granularity, 'day'>, number> = { month: 1, quarter: 3, year: 12 };

export function binsFor(d: Domain): { granularity: Granularity; bins: Bin[] } {
  const granularity = granularityFor(d);
  const bins: Bin[] = [];
  for (let s = binStart(d.min, granularity); s <= d.max; ) {
    const e = granularity === 'day' ? s + 1 : addMonths(s, STEP_MONTHS[granularity]);
    bins.push({ start: s, end: e });
    s = e;
  }
  return { granularity, bins };
}

/** How many of `days` fall in each bin (bins sorted and contiguous); with `kinds`, only those of kind `want`. */
export function countInBins(days: ArrayLike<number>, bins: readonly Bin[], kinds?: ArrayLike<number>, want?: number): number[] {
  const counts = bins.map(() => 0);
  if (bins.length === 0) return counts;
  const first = bins[0]!.start;
  for (let d = 0; d < days.length; d++) {
    if (kinds && kinds[d] !== want) continue;
    const day = days[d]!;
    if (day < first || day >= bins[bins.length - 1]!.end) continue;
    let lo = 0;
    let hi = bins.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bins[mid]!.start <= day) lo = mid;
      else hi = mid - 1;
    }
    counts[lo]! += 1;
  }
  return counts;
}

/**
 * Where playing starts: from the current window if it can still move forward; otherwise a sixth
 * of the domain (or the current width, if narrower) placed at its start.
 */
export function playStart(w: DayWindow, d: Domain): DayWindow {
  if (w.to < d.max) return w;
  const full = w.from <= d.min;
  const width = full ? Math.max(1, Math.ceil((d.max - d.min) / 6)) : w.to - w.from;
  return { from: d.min, to: Math.min(d.max, d.min + width) };
}
