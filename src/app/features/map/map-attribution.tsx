import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

// Both sources ask for credit: the country shapes (Natural Earth, public domain, credit requested)
// and the venue coordinates (GeoNames gazetteer, CC BY 4.0).
const CREDITS = [
  'Boundaries: <a href="https://www.naturalearthdata.com/">Natural Earth</a>',
  'Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY)',
];

export function MapAttribution() {
  const map = useMap();
  useEffect(function creditSources() {
    for (const credit of CREDITS) map.attributionControl?.addAttribution(credit);
    return function removeCredits() {
      for (const credit of CREDITS) map.attributionControl?.removeAttribution(credit);
    };
  }, [map]);
  return null;
}
