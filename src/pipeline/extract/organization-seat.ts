import type { Organization } from '../../schema/dataset.ts';
import type { Gazetteer } from '../gazetteer/place.ts';
import { findCountry } from '../lexicon/countries.ts';
import { seatOf } from '../organizations/organization-key.ts';

/**
 * The body with the gazetteer's town its name ends with: "OSCE Centre in Ashgabad" → Ashgabat's
 * GeoNames id, so the build can tell two spellings of one office apart from two offices. Only an
 * exact match of a town's name or alternate name counts; a country ("OSCE Office in Tajikistan")
 * or an unknown town leaves the body as it is.
 */
export function withSeat(org: Organization, gazetteer: Gazetteer): Organization {
  const seat = seatOf(org.name);
  if (!seat || findCountry(seat)) return org;
  const place = gazetteer.geocode(seat, org.countryCode ? { countryCodes: [org.countryCode] } : {});
  return place && place.match === undefined ? { ...org, seatGeonameId: place.geonameId } : org;
}
