/** A label centred at (x, y) in the map's pixels, `width` × `height`. */
export interface LabelBox {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A label asking for room: a country's name or a venue's, with what ranks it. */
export interface RankedLabel extends LabelBox {
  /** A chosen country, or a place of the selected event. */
  selected: boolean;
  /** Events it stands for in the current view (the country's, or the venue's). */
  count: number;
}

/** Room kept around a label, so two names never touch. */
const GAP = 2;

/** Selected first, then larger counts; equal ones keep the order given (`Array.sort` is stable). */
export function byPriority(a: RankedLabel, b: RankedLabel): number {
  return Number(b.selected) - Number(a.selected) || b.count - a.count;
}

const overlap = (a: LabelBox, b: LabelBox) => Math.abs(a.x - b.x) * 2 < a.width + b.width + GAP && Math.abs(a.y - b.y) * 2 < a.height + b.height + GAP;

/**
 * The labels that can be drawn without overlapping, country and venue names alike: by priority
 * (`byPriority`), each is kept unless it would overlap one kept before it or a mark that is always
 * drawn (a venue's circle). "Armenia" and "Azerbaijan" at a low zoom: the busier one is written;
 * "Poland" under the marker of a visit known only by its country: left out, the marker names it.
 */
export function unclashedLabels(labels: readonly RankedLabel[], marks: readonly LabelBox[] = []): Set<string> {
  const kept: LabelBox[] = [];
  for (const b of [...labels].sort(byPriority)) {
    if (!kept.some((k) => overlap(k, b)) && !marks.some((m) => overlap(m, b))) kept.push(b);
  }
  return new Set(kept.map((k) => k.key));
}

/** The width a name takes in the labels' 11 px semibold type, closely enough to tell a clash. */
export function labelWidth(name: string): number {
  return name.length * 6.6 + 4;
}

/** Where a venue's name is drawn (map.css `.atlas-marker__label`): 4 px right of its circle, 12 px semibold, 5 px padding. */
export function venueLabelBox(key: string, x: number, y: number, radius: number, name: string): LabelBox {
  const width = name.length * 7.2 + 10;
  return { key, x: x + radius + 4 + width / 2, y, width, height: 18 };
}

/** A venue's or cluster's circle. */
export function markBox(key: string, x: number, y: number, radius: number): LabelBox {
  return { key, x, y, width: radius * 2, height: radius * 2 };
}
