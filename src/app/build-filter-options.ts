import type { DatasetIndexes } from './dataset/build-indexes.ts';
import type { Selection } from './view/select-events.ts';

/** Options for every filter with their live counts, and key → label maps for the chips. */
export function buildFilterOptions(indexes: DatasetIndexes, selection: Selection) {
  const counted = (list: DatasetIndexes['topics'], counts: ReadonlyMap<string, number>) =>
    list.map((o) => ({ key: o.key, label: o.label, count: counts.get(o.key) ?? 0 }));
  return {
    options: {
      countries: indexes.countries.map((o) => ({ code: o.key, name: o.label, count: selection.countryOptionCounts.get(o.key) ?? 0 })),
      topics: counted(indexes.topics, selection.topicOptionCounts),
      organizers: counted(indexes.organizers, selection.organizerOptionCounts),
    },
    labels: {
      countries: new Map(indexes.countries.map((o) => [o.key, o.label])),
      topics: new Map(indexes.topics.map((o) => [o.key, o.label])),
      organizers: new Map(indexes.organizers.map((o) => [o.key, o.label])),
    },
  };
}
