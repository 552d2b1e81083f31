import type { MouseEvent } from 'react';

/**
 * The first stops of the Tab order, shown only when focused: straight to the map (or the table in
 * its place), to the event list and to the filters (WCAG 2.4.1); the map itself is the next stop. Each moves focus itself: an
 * in-page link would also write a #hash into the URL, which holds the view.
 */
export function SkipLinks({ table }: { table: boolean }) {
  const go = (selector: string) => (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    const target = document.querySelector<HTMLElement>(selector);
    target?.focus();
    target?.scrollIntoView?.({ block: 'nearest' });
  };
  return (
    <nav className="skip-links" aria-label="Skip links">
      {table ? (
        <a href="#events-table" className="skip-link" onClick={go('#events-table')}>Skip to the table</a>
      ) : (
        // Leaflet's container (#map) is the map's keyboard stop (arrows pan, +/- zoom, Tab reaches the markers).
        <a href="#map" className="skip-link" onClick={go('#map')}>Skip to the map</a>
      )}
      <a href="#events" className="skip-link" onClick={go('#events')}>Skip to the event list</a>
      {/* Past the map and the timeline, which come first; on a phone the header's Filters button does it. */}
      <a href="#filters-sheet" className="skip-link skip-to-filters" onClick={go('#filters-sheet input')}>Skip to the filters</a>
    </nav>
  );
}
