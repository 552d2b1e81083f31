// npx tsx bench/app/select-steps.ts [--kind filter|scrub] [--passes N] — the app's own JavaScript of the
// bench's steps, in Node, on the app files trace.ts serves (bench/out/trace/data-100000): per step, the
// filter pass, the window's selection, the grouping by place, the clusters' index and the markers'
// items at one zoom, each timed apart (medians over the passes after two warm ones). No browser, no
// profiler: a diagnosis of what a change to these costs, with old and new code run in turn when
// compared. The map's country points are made up (the basemap's label points are not in Node).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { APP_FILES_DIR, Summary } from '../../src/schema/app-files.ts';
import { buildIndexes, decodeSummary } from '../../src/app/dataset/build-indexes.ts';
import { facetColumns } from '../../src/app/view/facets.ts';
import { passFilters } from '../../src/app/view/pass-filters.ts';
import { selectInWindow, windowBounds } from '../../src/app/view/select-in-window.ts';
import { groupByPlace } from '../../src/app/view/group-by-place.ts';
import { parseViewState } from '../../src/app/view/parse-view-state.ts';
import { placeCountryVenues } from '../../src/app/features/map/venues/place-country-venues.ts';
import { clampBbox, venueIndexFor, visibleItems } from '../../src/app/features/map/venues/venue-index.ts';
import { stepSearches } from './step-page.ts';

const { values: args } = parseArgs({ options: { kind: { type: 'string', default: 'filter' }, passes: { type: 'string', default: '10' } } });
const summary = join('bench/out/trace/data-100000', APP_FILES_DIR, 'summary.json');
if (!existsSync(summary)) throw new Error(`${summary} is missing: run npx tsx bench/app/trace.ts once`);
const ix = buildIndexes(decodeSummary(Summary.parse(JSON.parse(readFileSync(summary, 'utf8')))));
const columns = facetColumns(ix);
const labelPoints = new Map(ix.countries.map((c, i) => [c.key, [40 + (i % 10), (i * 7) % 60] as const]));
const views = stepSearches(args.kind).map((s) => parseViewState(new URLSearchParams(s)));
const parts = { pass: [] as number[], window: [] as number[], grouping: [] as number[], 'clusters index': [] as number[], 'marker items': [] as number[] };
let events = 0;
let places = 0;
const passes = Number(args.passes) + 2;
for (let p = 0; p < passes; p++) {
  for (const view of views) {
    const t0 = performance.now();
    // A scrub step keeps the last filter pass in the app (createEventSelector); made anew here, so it reads apart.
    const pass = passFilters(ix, columns, view, null);
    const t1 = performance.now();
    const { chosen } = selectInWindow(ix, pass, windowBounds(ix, view));
    const t2 = performance.now();
    const grouped = groupByPlace(ix, chosen);
    const t3 = performance.now();
    const venues = placeCountryVenues(grouped.venues, grouped.countryVenues, labelPoints);
    const index = venueIndexFor(venues);
    const t4 = performance.now();
    visibleItems(index, venues, clampBbox(-30, 20, 90, 70), 3);
    const t5 = performance.now();
    if (p < 2) continue;
    [t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4].forEach((ms, k) => Object.values(parts)[k]!.push(ms));
    events += chosen.length;
    places += venues.length;
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const n = (passes - 2) * views.length;
console.log(`${args.kind} steps (${views.length} views × ${passes - 2} passes; ${Math.round(events / n)} events and ${Math.round(places / n)} places a step), ms a step, median:`);
for (const [part, ms] of Object.entries(parts)) console.log(`  ${median(ms).toFixed(3).padStart(8)}  ${part}`);
