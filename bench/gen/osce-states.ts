import { countryByCode } from '../../src/pipeline/lexicon/countries.ts';
import { COUNTRY_TABLE } from '../../src/pipeline/lexicon/country-table.ts';

/** The 57 participating States (Kosovo, XK, hosts a field operation and is listed too). */
export const OSCE_CODES: readonly string[] = [
  'AL', 'AD', 'AM', 'AT', 'AZ', 'BY', 'BE', 'BA', 'BG', 'CA', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'GE', 'DE',
  'GR', 'HU', 'IS', 'IE', 'IT', 'KZ', 'KG', 'LV', 'LI', 'LT', 'LU', 'MT', 'MD', 'MC', 'MN', 'ME', 'NL', 'MK', 'NO',
  'PL', 'PT', 'RO', 'RU', 'SM', 'RS', 'SK', 'SI', 'ES', 'SE', 'CH', 'TJ', 'TR', 'TM', 'UA', 'GB', 'US', 'UZ', 'XK',
];

/** Where the OSCE runs or ran field operations: most trainings of the genre happen there. */
export const FIELD_HOSTS: ReadonlySet<string> = new Set([
  'AL', 'BA', 'XK', 'ME', 'RS', 'MK', 'MD', 'UA', 'AM', 'AZ', 'GE', 'KZ', 'KG', 'TJ', 'TM', 'UZ',
]);

// Names that read with an article in running text.
const WITH_THE: ReadonlySet<string> = new Set(['US', 'GB', 'NL']);

export interface StateNames {
  code: string;
  /** As written in running text: "Albania", "the United States". */
  name: string;
  /** After a possessive or at the start of a title: "United States". */
  bare: string;
  /** Nationality adjective, when the language has one ("Albanian"). */
  adjective: string | null;
}

export function stateNames(code: string): StateNames {
  const row = COUNTRY_TABLE.find((r) => r[0] === code);
  const bare = countryByCode(code)?.name ?? row?.[1] ?? code;
  return { code, bare, name: WITH_THE.has(code) ? `the ${bare}` : bare, adjective: row?.[3][0] ?? null };
}
