import { formatCount } from '../../../../vocabulary/format-count.ts';

// Sequential palette (light → dark, after ColorBrewer OrRd, toned down so a large country at the top
// class does not shout): warm shades read as "more" against the blue-grey sea and stay apart from
// the accent blue of the venue markers.
export const SHADES = ['#fbe3c4', '#f7c795', '#eea26b', '#dc7a4c', '#bd5a37'] as const;
/** Land of countries that take part in none of the filtered events. */
export const NO_EVENTS_FILL = '#f7f5f0';

export interface ShadeClass {
  /** Smallest count in the class; the next class's `min` − 1 (or the largest count) is its top. */
  min: number;
  max: number;
  label: string;
  color: string;
}

export interface Shading {
  classes: ShadeClass[];
  colorFor(count: number): string;
}

/** Round lower bounds people read easily: 1 … 6, then 11, 16, 21, 26, 31, 41, 51, 76, 101, 151, … */
function niceLowerBound(value: number): number {
  if (value <= 6) return Math.max(1, Math.floor(value));
  let best = 6;
  for (let scale = 10; scale / 10 <= value; scale *= 10) {
    for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 7.5]) {
      const bound = m * scale + 1;
      if (Number.isInteger(bound) && bound <= value && bound > best) best = bound;
    }
  }
  return best;
}

/**
 * Up to five classes from the data: breaks at the quintiles of the positive counts, rounded down to
 * nice numbers, so [1,1,2,3,5,8,12,40] gives "1–2", "3–4", "5–10", "11+".
 */
export function shadeClasses(counts: Iterable<number>): Shading {
  const values = [...counts].filter((c) => c > 0).sort((a, b) => a - b);
  const max = values[values.length - 1] ?? 0;
  const mins: number[] = [];
  for (let k = 0; k < SHADES.length && values.length > 0; k++) {
    const q = values[Math.floor((k / SHADES.length) * values.length)] ?? 1;
    const bound = k === 0 ? 1 : niceLowerBound(q);
    if (bound > (mins[mins.length - 1] ?? 0)) mins.push(bound);
  }
  // Spread the colours over the whole ramp so three classes still run from light to dark.
  const colorAt = (k: number) => SHADES[mins.length <= 1 ? 2 : Math.round((k * (SHADES.length - 1)) / (mins.length - 1))] ?? SHADES[0];
  const classes = mins.map((min, k) => {
    const top = k + 1 < mins.length ? (mins[k + 1] ?? min) - 1 : max;
    const label = top === min ? formatCount(min) : k + 1 < mins.length ? `${formatCount(min)}–${formatCount(top)}` : `${formatCount(min)}+`;
    return { min, max: top, label, color: colorAt(k) };
  });
  return {
    classes,
    colorFor(count) {
      if (count <= 0) return NO_EVENTS_FILL;
      let color = classes[0]?.color ?? NO_EVENTS_FILL;
      for (const c of classes) if (count >= c.min) color = c.color;
      return color;
    },
  };
}
