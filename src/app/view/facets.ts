import { z } from 'zod';
import { ANY_ROLE, ORGANIZATION_ID, ROLE_BIT } from '../../schema/app-files.ts';
import { CountryCode } from '../../schema/dataset.ts';
import type { DatasetIndexes, Option, Rows } from '../dataset/build-indexes.ts';
import type { RoleChoice, ViewState } from './view-state.ts';

/** The view fields that hold a facet's chosen option keys. */
export type FacetField = 'countries' | 'topics' | 'organizers';

/**
 * One filter of the "choose any of these options" shape: its options with their counts, a
 * membership column (per event, the options it has) and its URL key. An event passes a facet when
 * it has ANY chosen option; facets combine with AND. Adding a filter is a row here, its field in
 * ViewState and its control.
 */
export interface Facet {
  field: FacetField;
  /** URL parameter, its keys joined by commas: `country=AF,LT`. */
  param: string;
  /** A valid key in a link (anything else is dropped, so a hostile link cannot break the page). */
  key: z.ZodType<string>;
  /** Applied to a key read from a link before it is checked (`af` → `AF`). */
  normalise?: (key: string) => string;
  options(ix: DatasetIndexes): readonly Option[];
  rows(ix: DatasetIndexes): Rows;
  /** Per row item, bits that must meet `want(view)` for the item to count (a country's roles); null: every item counts. */
  itemBits?(ix: DatasetIndexes): Uint8Array;
  want?(view: ViewState): number;
  /** Per `want`, per option, the ascending positions of its events: lets a window count by binary search. */
  positions?(ix: DatasetIndexes, want: number): readonly Int32Array[] | undefined;
}

export const roleBits = (role: RoleChoice): number => (role === 'any' ? ANY_ROLE : ROLE_BIT[role]);

export const FACETS: readonly Facet[] = [
  {
    field: 'countries',
    param: 'country',
    key: CountryCode,
    normalise: (s) => s.toUpperCase(),
    options: (ix) => ix.countries,
    rows: (ix) => ix.countryRows,
    itemBits: (ix) => ix.countryRoles,
    want: (view) => roleBits(view.role),
    positions: (ix, want) => ix.countryPositions.get(want),
  },
  { field: 'topics', param: 'topic', key: z.string().regex(/^[a-z0-9-]{1,64}$/), options: (ix) => ix.topics, rows: (ix) => ix.topicRows },
  { field: 'organizers', param: 'org', key: z.string().regex(ORGANIZATION_ID), options: (ix) => ix.organizers, rows: (ix) => ix.organizerRows },
];

/** A facet as one view applies it: which options are chosen, which row items count. */
export interface AppliedFacet {
  facet: Facet;
  /** Its bit in an event's pass flags. */
  bit: number;
  rows: Rows;
  itemBits: Uint8Array | null;
  want: number;
  /** Per option, 1 if chosen; null when nothing is chosen (the facet passes every event). */
  chosen: Uint8Array | null;
  size: number;
}

/** The facets of a view, each with its bit (1, 2, 4…). */
export function applyFacets(ix: DatasetIndexes, view: ViewState): AppliedFacet[] {
  return FACETS.map((facet, f) => {
    const options = facet.options(ix);
    const keys = view[facet.field];
    let chosen: Uint8Array | null = null;
    if (keys.length > 0) {
      chosen = new Uint8Array(options.length);
      const wanted = new Set(keys);
      options.forEach((o, i) => wanted.has(o.key) && (chosen![i] = 1));
    }
    return { facet, bit: 1 << f, rows: facet.rows(ix), itemBits: facet.itemBits?.(ix) ?? null, want: facet.want?.(view) ?? ANY_ROLE, chosen, size: options.length };
  });
}

/** Whether event i has a chosen option of the facet (with the wanted bits, for countries). */
export function hasChosen(a: AppliedFacet, i: number): boolean {
  const { start, items } = a.rows;
  const chosen = a.chosen!;
  const bits = a.itemBits;
  for (let k = start[i]!, end = start[i + 1]!; k < end; k++) if (chosen[items[k]!] && (bits === null || bits[k]! & a.want)) return true;
  return false;
}

/** Adds event i to the counts of the facet's options it has (with the wanted bits). */
export function countOptions(a: AppliedFacet, i: number, counts: Int32Array): void {
  const { start, items } = a.rows;
  const bits = a.itemBits;
  for (let k = start[i]!, end = start[i + 1]!; k < end; k++) if (bits === null || bits[k]! & a.want) counts[items[k]!]! += 1;
}
