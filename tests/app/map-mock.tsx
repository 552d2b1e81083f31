// jsdom has no layout, so app tests swap the Leaflet map for buttons honouring the same props.
import type { AtlasMapProps } from '../../src/app/features/map/atlas-map.tsx';

export function MockAtlasMap({ venues, countryCounts, onSelectEvent, onToggleCountry }: AtlasMapProps) {
  return (
    <div role="region" aria-label="Map">
      {venues.flatMap((v) => v.events).map((e) => (
        <button key={e.id} type="button" onClick={() => onSelectEvent(e.id)}>
          Marker {e.venues[0]?.city}
        </button>
      ))}
      {[...countryCounts].map(([code, n]) => (
        <button key={code} type="button" onClick={() => onToggleCountry(code)}>
          Shade {code} {n}
        </button>
      ))}
    </div>
  );
}
