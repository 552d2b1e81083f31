import type { Topology } from 'topojson-specification';
// `?url` keeps the 50m shapes (≈240 kB gzipped) out of the JavaScript bundle: the browser fetches the
// hashed file from the app's own origin, in parallel with the dataset, and caches it.
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { buildBasemap, type Basemap } from './build-basemap.ts';

let pending: Promise<Basemap> | null = null;

/** Loads and converts the basemap once per page; later calls share the same promise. */
export function loadBasemap(): Promise<Basemap> {
  pending ??= fetch(countriesUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`country shapes: HTTP ${response.status}`);
      return response.json() as Promise<Topology>;
    })
    .then(buildBasemap)
    .catch((error: unknown) => {
      pending = null; // let a later mount try again
      throw error;
    });
  return pending;
}
