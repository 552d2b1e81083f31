import { countryName } from './components/country-name.ts';
import type { DatasetIndexes } from './dataset/build-indexes.ts';
import type { Selection } from './view/select-events.ts';

const labeller = (list: DatasetIndexes['topics'], fallback: (key: string) => string) => {
  const map = new Map(list.map((o) => [o.key, o.label]));
  return (key: string) => map.get(key) ?? fallback(key);
};

/** Options for every filter with their live counts, and key → label maps for the chips. */
export function buildFilterOptions(indexes: DatasetIndexes, selection: Selection) {
  const counted = (list: DatasetIndexes['topics'], counts: ReadonlyMap<string, number>) =>
    list.map((o) => ({ key: o.key, label: o.label, total: o.total, count: counts.get(o.key) ?? 0 }));
  return {
    options: {
      countries: indexes.countries.map((o) => ({ code: o.key, name: o.label, count: selection.countryOptionCounts.get(o.key) ?? 0 })),
      topics: counted(indexes.topics, selection.topicOptionCounts),
      organizers: counted(indexes.organizers, selection.organizerOptionCounts),
    },
    labels: {
      // Chips can name keys no event has (a stale link): countries by the browser, others as-is.
      country: labeller(indexes.countries, countryName),
      topic: labeller(indexes.topics, (key) => key),
      organizer: labeller(indexes.organizers, (key) => key),
    },
  };
}
