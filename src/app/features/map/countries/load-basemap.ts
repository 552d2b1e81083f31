import type { Topology } from 'topojson-specification';
// `?url` keeps the 50m shapes (≈240 kB gzipped) out of the JavaScript bundle: the browser fetches the
// hashed file from the app's own origin, in parallel with the dataset, and caches it.
import countriesUrl from 'world-atlas/countries-50m.json?url';
import type { Basemap } from './build-basemap.ts';

/** Fetches the country shapes and converts them for the map; the query cache (use-basemap.ts) keeps the result. */
export async function loadBasemap(signal: AbortSignal): Promise<Basemap> {
  // The converter (topojson-client, the ISO code table) is a chunk of its own, fetched beside the
  // shapes: nothing before them needs it, so it stays out of the JavaScript the page loads first.
  const [response, { buildBasemap }] = await Promise.all([fetch(countriesUrl, { signal }), import('./build-basemap.ts')]);
  if (!response.ok) throw new Error(`country shapes: HTTP ${response.status}`);
  return buildBasemap((await response.json()) as Topology);
}

/** The query's key: the shapes file's hashed address, so a new basemap is a new entry. */
export const BASEMAP_KEY = ['basemap', countriesUrl] as const;
