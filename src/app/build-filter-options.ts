import { countryName } from '../vocabulary/country-names.ts';
import type { FacetColumn, FacetField } from './view/facets.ts';
import type { Selection } from './view/select-events.ts';

export interface CountedOption {
  key: string;
  label: string;
  total: number;
  count: number;
}

/** Chips can name keys no event has (a stale link): countries by the browser, others as they are. */
const FALLBACK_LABEL: Partial<Record<FacetField, (key: string) => string>> = { countries: countryName };

/** Every facet's options with their live counts, and key → label maps for the chips. */
export function buildFilterOptions(facets: readonly FacetColumn[], selection: Selection) {
  const options = {} as Record<FacetField, CountedOption[]>;
  const labels = {} as Record<FacetField, (key: string) => string>;
  for (const { facet, options: list } of facets) {
    const counts = selection.optionCounts[facet.field];
    options[facet.field] = list.map((o) => ({ key: o.key, label: o.label, total: o.total, count: counts.get(o.key) ?? 0 }));
    const byKey = new Map(list.map((o) => [o.key, o.label]));
    const fallback = FALLBACK_LABEL[facet.field] ?? ((key: string) => key);
    labels[facet.field] = (key) => byKey.get(key) ?? fallback(key);
  }
  return { options, labels };
}
