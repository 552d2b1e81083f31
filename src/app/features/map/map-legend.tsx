import { useState } from 'react';
import type { BasemapStatus } from './countries/use-basemap.ts';
import type { Shading } from './countries/shade-classes.ts';

interface Props {
  shading: Shading;
  basemap: BasemapStatus;
  /** Which flow-line styles are on the map now (none when no event is selected). */
  flows: { participant: boolean; expert: boolean };
}

/** What the shades, circles and lines mean; a <details> so it folds away on a phone. */
export function MapLegend({ shading, basemap, flows }: Props) {
  // Asked once: a media query on every render (every scrub step) showed in the profile.
  const [openByDefault] = useState(() => typeof matchMedia !== 'function' || matchMedia('(min-width: 640px)').matches);
  return (
    <details className="atlas-legend" open={openByDefault}>
      <summary>Legend</summary>
      <p className="atlas-legend__title">Events a country takes part in</p>
      {shading.classes.length > 0 ? (
        <ul className="atlas-legend__shades">
          {shading.classes.map((c) => (
            <li key={c.min}>
              <span className="atlas-legend__swatch" style={{ background: c.color }} aria-hidden="true" />
              {c.label}
            </li>
          ))}
        </ul>
      ) : (
        <p className="atlas-legend__note">No countries in the shown events.</p>
      )}
      <p className="atlas-legend__note">
        <span className="atlas-legend__circle" aria-hidden="true" />
        Venue: number of events; size by participants
      </p>
      <p className="atlas-legend__note">
        <span className="atlas-legend__circle atlas-legend__circle--vague" aria-hidden="true" />
        Dashed: a region; dotted: only the country is known
      </p>
      {(flows.participant || flows.expert) && (
        <ul className="atlas-legend__flows">
          {flows.participant && (
            <li>
              <span className="atlas-legend__line atlas-legend__line--participant" aria-hidden="true" />
              Participants’ country → venue
            </li>
          )}
          {flows.expert && (
            <li>
              <span className="atlas-legend__line atlas-legend__line--expert" aria-hidden="true" />
              Experts’ country → venue
            </li>
          )}
        </ul>
      )}
      {basemap === 'pending' && <p className="atlas-legend__note" role="status">Loading country shapes…</p>}
      {basemap === 'error' && <p className="atlas-legend__note" role="status">Country shapes could not be loaded; venues are still shown.</p>}
    </details>
  );
}
