// PLACEHOLDER — the map helper replaces this with the Leaflet map; the props are the agreed contract.
import type { AtlasEvent } from '../../../schema/dataset.ts';

export interface AtlasMapProps {
  /** The events that pass the filters and the time window (already filtered: the map does not filter). */
  events: readonly AtlasEvent[];
  selectedEvent: AtlasEvent | null;
  /** ISO2 → number of the filtered events the country takes part in (any role), for shading. */
  countryCounts: ReadonlyMap<string, number>;
  /** Countries currently chosen in the participating-country filter (drawn as selected). */
  selectedCountries: readonly string[];
  onSelectEvent(id: string): void;
  /** Clicking a country toggles it in the participating-country filter. */
  onToggleCountry(code: string): void;
}

export function AtlasMap({ events }: AtlasMapProps) {
  return <div role="region" aria-label="Map">{events.length} events</div>;
}
