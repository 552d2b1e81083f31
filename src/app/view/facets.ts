import { z } from 'zod';
import { ANY_ROLE, BODY_ID, ROLE_BIT } from '../../schema/app-files.ts';
import { CountryCode } from '../../schema/dataset.ts';
import type { DatasetIndexes, Option, Rows } from '../dataset/build-indexes.ts';
import type { RoleChoice, ViewState } from './view-state.ts';

/** The view fields that hold a facet's chosen option keys. */
export type FacetField = 'countries' | 'topics' | 'organizers';

/** What a facet reads from the dataset: its options and which of them each event has. */
export interface FacetSource {
  /** In the order the filter lists them; `rows` items are positions here. */
  options: readonly { key: string; label: string }[];
  /** The membership column: per event, its options. */
  rows: Rows;
  /** Per row item, bits that must meet `want(view)` for the item to count (a country's roles). */
  itemBits?: Uint8Array;
  /** Per `want`, per option, the ascending positions of its events: lets a window count by binary search. */
  positions?(want: number): readonly Int32Array[] | undefined;
}

/**
 * One filter of the "choose any of these options" shape: its options with their counts, a
 * membership column (per event, the options it has) and its URL key. An event passes a facet when
 * it has ANY chosen option; facets combine with AND. Adding a filter is a row here (its `source`
 * may read any column of `ix.summary`), its field in ViewState, its control and its chip.
 */
export interface Facet {
  field: FacetField;
  /** URL parameter, its keys joined by commas: `country=AF,LT`. */
  param: string;
  /** A valid key in a link (anything else is dropped, so a hostile link cannot break the page). */
  key: z.ZodType<string>;
  /** Applied to a key read from a link before it is checked (`af` → `AF`). */
  normalise?: (key: string) => string;
  /** Read once per dataset (see `facetColumns`). */
  source(ix: DatasetIndexes): FacetSource;
  want?(view: ViewState): number;
}

export const roleBits = (role: RoleChoice): number => (role === 'any' ? ANY_ROLE : ROLE_BIT[role]);

export const FACETS: readonly Facet[] = [
  {
    field: 'countries',
    param: 'country',
    key: CountryCode,
    normalise: (s) => s.toUpperCase(),
    source: (ix) => ({ options: ix.countries, rows: ix.countryRows, itemBits: ix.countryRoles, positions: (want) => ix.countryPositions(want) }),
    want: (view) => roleBits(view.role),
  },
  { field: 'topics', param: 'topic', key: z.string().regex(/^[a-z0-9-]{1,64}$/), source: (ix) => ({ options: ix.topics, rows: ix.topicRows }) },
  { field: 'organizers', param: 'org', key: z.string().regex(BODY_ID), source: (ix) => ({ options: ix.organizers, rows: ix.organizerRows }) },
];

/** A facet's source for one dataset, its options with the number of events each is in. */
export interface FacetColumn extends FacetSource {
  facet: Facet;
  options: readonly Option[];
}

/** Every facet's column, read once per dataset (by `createEventSelector`). */
export function facetColumns(ix: DatasetIndexes): FacetColumn[] {
  return FACETS.map((facet) => {
    const source = facet.source(ix);
    const totals = new Int32Array(source.options.length);
    for (const item of source.rows.items) totals[item]! += 1;
    return { ...source, facet, options: source.options.map((o, i) => ({ key: o.key, label: o.label, total: totals[i]! })) };
  });
}

/** A facet as one view applies it: which options are chosen, which row items count. */
export interface AppliedFacet {
  column: FacetColumn;
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
export function applyFacets(columns: readonly FacetColumn[], view: ViewState): AppliedFacet[] {
  return columns.map((column, f) => {
    const { facet, options } = column;
    const keys = view[facet.field];
    let chosen: Uint8Array | null = null;
    if (keys.length > 0) {
      chosen = new Uint8Array(options.length);
      const wanted = new Set(keys);
      options.forEach((o, i) => wanted.has(o.key) && (chosen![i] = 1));
    }
    return { column, bit: 1 << f, rows: column.rows, itemBits: column.itemBits ?? null, want: facet.want?.(view) ?? ANY_ROLE, chosen, size: options.length };
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
