import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

// Both sources ask for credit: the country shapes (Natural Earth, public domain, credit requested)
// and the venue coordinates (GeoNames gazetteer, CC BY 4.0).
// Leaflet writes these as HTML, so every link carries its own rel: the credits open other sites.
const REL = 'rel="noopener noreferrer"';
const CREDITS = [
  `Boundaries: <a href="https://www.naturalearthdata.com/" ${REL}>Natural Earth</a>`,
  `Places: <a href="https://www.geonames.org/" ${REL}>GeoNames</a> (CC BY)`,
];
const PREFIX = `<a href="https://leafletjs.com" ${REL}>Leaflet</a>`;

export function MapAttribution() {
  const map = useMap();
  useEffect(function creditSources() {
    map.attributionControl?.setPrefix(PREFIX);
    for (const credit of CREDITS) map.attributionControl?.addAttribution(credit);
    return function removeCredits() {
      for (const credit of CREDITS) map.attributionControl?.removeAttribution(credit);
    };
  }, [map]);
  return null;
}
