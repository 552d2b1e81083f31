/** One populated place from the gazetteer (GeoNames cities1000). */
export interface Place {
  geonameId: number;
  name: string;
  countryCode: string;
  lat: number;
  lon: number;
  population: number;
  /** GeoNames feature code (PPLC capital, PPLA admin seat, PPL …). */
  featureCode: string;
  /**
   * 'approximate' when the name only matched a spelling variant ("Atamurat" → Atamyrat), which a
   * person should check; absent for an exact match of a name or alternate name.
   */
  match?: 'approximate';
  /**
   * Every other Latin-script name GeoNames lists for the place ("Ust-Kamenogorsk" for Oskemen, "Frunze"
   * for Bishkek), one per spelling: a search for an old or other spelling then finds it. Absent when none.
   */
  alsoKnownAs?: readonly string[];
}

export interface GeocodeHints {
  /** Countries to prefer, most likely first (the dateline country, then countries the text names). */
  countryCodes?: readonly string[];
}

/** What the extractors need from the gazetteer: a pure lookup, no I/O. */
export interface Gazetteer {
  /** Best place for a name as written ("Karaganda", "Kiev", "Nur-Sultan"), or null. Hash lookups only. */
  geocode(name: string, hints?: GeocodeHints): Place | null;
  /**
   * The same answer, not copied where geocode copies a remembered place: for a caller that only
   * reads it (asked several times per capitalised word of every release).
   */
  geocodeShared?(name: string, hints?: GeocodeHints): Readonly<Place> | null;
}
