// STUB — the countries helper replaces this with the full table.
export interface CountryEntry {
  /** ISO 3166-1 alpha-2; Kosovo is XK. */
  code: string;
  /** Short English name used in the dataset ("Russia", "United States"). */
  name: string;
}

/** Finds a country by a name or alias as written ("Russia", "the United States", "BiH"), case-insensitive. */
export function findCountry(name: string): CountryEntry | undefined {
  void name;
  return undefined;
}
