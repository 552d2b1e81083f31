import { unclashedLabels, type LabelBox, type RankedLabel } from './unclashed-labels.ts';

/** One kind of label on the map (country names, venue names), as it stands at the map's current view. */
export interface LabelSide {
  /** Labels asking for room, in the map's container pixels now. */
  labels(): readonly RankedLabel[];
  /** What is always drawn and no label may cover (venue circles). */
  marks(): readonly LabelBox[];
  /** Draws the labels whose keys are kept, and hides the rest. */
  show(kept: ReadonlySet<string>): void;
}

/** On equal rank a venue's name goes first: it names a marker one can press, a country has its shape. */
const SIDE_ORDER = ['venues', 'countries'] as const;
export type LabelSideName = (typeof SIDE_ORDER)[number];

/**
 * Where the map's labels meet: each kind hands in its side when its labels change (the venues after
 * every move, the countries when their ranking or the zoom changes) and asks for a layout; one
 * collision check over all of them decides which are drawn, so a venue's name and a country's
 * never print over each other.
 */
export interface LabelBoard {
  set(name: LabelSideName, side: LabelSide | null): void;
  layout(): void;
}

export function createLabelBoard(): LabelBoard {
  const sides = new Map<LabelSideName, LabelSide>();
  return {
    set(name, side) {
      if (side) sides.set(name, side);
      else sides.delete(name);
    },
    layout() {
      const all = SIDE_ORDER.flatMap((name) => sides.get(name) ?? []);
      const kept = unclashedLabels(all.flatMap((s) => s.labels()), all.flatMap((s) => s.marks()));
      for (const side of all) side.show(kept);
    },
  };
}
