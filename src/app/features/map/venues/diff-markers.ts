/** A marker as a view wants it: its key, and what it draws (position, name, size) as one string. */
export interface MarkerSpec {
  key: string;
  signature: string;
}

export interface MarkerPlan {
  /** Per next key, in the order given: the previous key whose marker it takes (itself when kept), or null for a new marker. */
  source: Map<string, string | null>;
  /** Next keys whose marker must be redrawn: a reused one, or a kept one whose signature changed. */
  redraw: Set<string>;
  /** Previous keys whose markers go. */
  remove: string[];
}

/**
 * What to do to turn the markers of one view into the next. A key kept keeps its marker; markers
 * whose key is gone are reused for new keys before any is created or removed (a filter change
 * mostly moves and relabels a similar number of markers, and rewriting an element costs far less
 * than building one with its listeners and dropping another). `pinned` markers are never reused
 * (the focused one must not turn into another place under a keyboard user's feet).
 * previous {a: 1, b: 1}, next [a: 1, c: 2] → a kept as it is, c takes b's marker and is redrawn.
 */
export function diffMarkers(previous: ReadonlyMap<string, string>, next: readonly MarkerSpec[], pinned: (key: string) => boolean = () => false): MarkerPlan {
  const wanted = new Set(next.map((m) => m.key));
  const spare: string[] = [];
  const remove: string[] = [];
  for (const key of previous.keys()) {
    if (wanted.has(key)) continue;
    if (pinned(key)) remove.push(key);
    else spare.push(key);
  }
  const source = new Map<string, string | null>();
  const redraw = new Set<string>();
  for (const { key, signature } of next) {
    if (source.has(key)) continue;
    const kept = previous.get(key);
    if (kept !== undefined) {
      source.set(key, key);
      if (kept !== signature) redraw.add(key);
      continue;
    }
    const reused = spare.pop() ?? null;
    source.set(key, reused);
    if (reused !== null) redraw.add(key);
  }
  remove.push(...spare);
  return { source, redraw, remove };
}
