/** A label centred at (x, y) in the map's pixels, `width` × `height`. */
export interface LabelBox {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Room kept around a label, so two names never touch. */
const GAP = 2;

/**
 * The labels that can be drawn without overlapping, given in priority order (the selected
 * countries first, then larger counts): each is kept unless it would overlap one kept before it.
 * "Armenia" and "Azerbaijan" at a low zoom: the busier one is written, the other left out.
 */
export function unclashedLabels(boxes: readonly LabelBox[]): Set<string> {
  const kept: LabelBox[] = [];
  for (const b of boxes) {
    const clashes = kept.some((k) => Math.abs(k.x - b.x) * 2 < k.width + b.width + GAP && Math.abs(k.y - b.y) * 2 < k.height + b.height + GAP);
    if (!clashes) kept.push(b);
  }
  return new Set(kept.map((k) => k.key));
}

/** The width a name takes in the labels' 11 px semibold type, closely enough to tell a clash. */
export function labelWidth(name: string): number {
  return name.length * 6.6 + 4;
}
