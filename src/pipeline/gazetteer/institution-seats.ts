import { normalizePlaceName } from './normalize-place-name.ts';

/**
 * A body that trains, hosts or receives officials at one seat: where an event "at the X" or "a visit
 * to X" was, when the text names no town. Only bodies with a single seat (not a UN agency with
 * offices everywhere); a national body whose name does not say its nation ("the High School of
 * Justice") is taken only in a release that names its country.
 */
export interface InstitutionSeat {
  /** The body's names and acronyms as written ("Central Asian Regional Information and Coordination Centre", "CARICC"). */
  names: readonly string[];
  /** The seat as the gazetteer names it. */
  town: string;
  countryCode: string;
  /** Whether the names say the nation themselves ("Fiji Police Academy"), or the text must name the country. */
  named: boolean;
}

// International and regional bodies (their names carry no one nation, but they have one seat).
const INTERNATIONAL: readonly [string[], string, string][] = [
  [['Central Asian Regional Information and Coordination Centre', 'CARICC'], 'Almaty', 'KZ'],
  [['Southeast European Law Enforcement Center', 'Southeast European Law Enforcement Centre', 'SELEC'], 'Bucharest', 'RO'],
  [['Europol', 'European Union Agency for Law Enforcement Cooperation'], 'The Hague', 'NL'],
  [['Eurojust'], 'The Hague', 'NL'],
  [['International Criminal Court'], 'The Hague', 'NL'],
  [['Frontex', 'European Border and Coast Guard Agency'], 'Warsaw', 'PL'],
  [['CEPOL', 'European Union Agency for Law Enforcement Training'], 'Budapest', 'HU'],
  [['European Court of Human Rights'], 'Strasbourg', 'FR'],
  [['Academy of European Law'], 'Trier', 'DE'],
  [['INTERPOL General Secretariat', 'General Secretariat of INTERPOL'], 'Lyon', 'FR'],
  [['World Customs Organization', 'World Customs Organisation'], 'Brussels', 'BE'],
  [['OSCE Secretariat', 'Secretariat of the OSCE'], 'Vienna', 'AT'],
  [['OSCE Border Management Staff College', 'Border Management Staff College'], 'Dushanbe', 'TJ'],
  [['OSCE Academy'], 'Bishkek', 'KG'],
  [['International Atomic Energy Agency', 'IAEA'], 'Vienna', 'AT'],
  [['International Anti-Corruption Academy', 'IACA'], 'Laxenburg', 'AT'],
  [['George C. Marshall European Center for Security Studies', 'Marshall Center'], 'Garmisch-Partenkirchen', 'DE'],
  [['NATO Defense College', 'NATO Defence College'], 'Rome', 'IT'],
  [['NATO School Oberammergau', 'NATO School'], 'Oberammergau', 'DE'],
  [['Geneva Centre for Security Sector Governance', 'DCAF'], 'Geneva', 'CH'],
  [['United Nations System Staff College', 'UN System Staff College', 'UNSSC'], 'Turin', 'IT'],
  [['International Training Centre of the ILO', 'ITCILO'], 'Turin', 'IT'],
  [['Jakarta Centre for Law Enforcement Cooperation', 'JCLEC'], 'Semarang', 'ID'],
  [['AFRIPOL', 'African Union Mechanism for Police Cooperation'], 'Algiers', 'DZ'],
  [['ASEANAPOL Secretariat'], 'Kuala Lumpur', 'MY'],
  [['African Union Commission'], 'Addis Ababa', 'ET'],
  [['Kofi Annan International Peacekeeping Training Centre', 'KAIPTC'], 'Accra', 'GH'],
  [['International Peace Support Training Centre', 'IPSTC'], 'Nairobi', 'KE'],
  [['Regional Centre on Small Arms', 'RECSA'], 'Nairobi', 'KE'],
  [['Pacific Islands Forum Secretariat'], 'Suva', 'FJ'],
  [['Pacific Transnational Crime Coordination Centre'], 'Apia', 'WS'],
  [['Gulf Cooperation Council Secretariat', 'GCC Secretariat'], 'Riyadh', 'SA'],
  [['Naif Arab University for Security Sciences'], 'Riyadh', 'SA'],
  [['Turkish International Academy against Drugs and Organized Crime', 'TADOC'], 'Ankara', 'TR'],
];

// National training bodies. Those whose names say their nation stand alone; the others need the
// text to name their country ("the High School of Justice" in a release about Georgia).
const NATIONAL: readonly [string[], string, string, boolean][] = [
  [['Fiji Police Academy'], 'Suva', 'FJ', true],
  [['Turkish National Police Academy'], 'Ankara', 'TR', true],
  [['Police Academy of the Czech Republic'], 'Prague', 'CZ', true],
  [['Justice Academy of Azerbaijan', 'Azerbaijan Justice Academy'], 'Baku', 'AZ', true],
  [['Academy of Justice of Armenia', 'Justice Academy of Armenia'], 'Yerevan', 'AM', true],
  [['National Institute of Justice of Moldova'], 'Chisinau', 'MD', true],
  [['National School of Judges of Ukraine'], 'Kyiv', 'UA', true],
  [['Judicial Academy of Croatia'], 'Zagreb', 'HR', true],
  [['Kenya School of Government'], 'Nairobi', 'KE', true],
  [['High School of Justice'], 'Tbilisi', 'GE', false],
  [['National Institute of Justice'], 'Sofia', 'BG', false],
  [['National Institute of Justice'], 'Chisinau', 'MD', false],
  [['Judicial Academy'], 'Zagreb', 'HR', false],
  [['Judicial Academy'], 'Belgrade', 'RS', false],
  [['Academy for Judges and Public Prosecutors', 'Academy of Judges and Public Prosecutors'], 'Skopje', 'MK', false],
  [['School of Magistrates', 'School of Magistracy'], 'Tirana', 'AL', false],
  [['Ecole Nationale de la Magistrature', 'École Nationale de la Magistrature', 'National School for the Judiciary'], 'Bordeaux', 'FR', false],
  [['Justice Academy'], 'Baku', 'AZ', false],
  [['Academy of Justice'], 'Yerevan', 'AM', false],
];

export const INSTITUTION_SEATS: readonly InstitutionSeat[] = [
  ...INTERNATIONAL.map(([names, town, countryCode]) => ({ names, town, countryCode, named: true })),
  ...NATIONAL.map(([names, town, countryCode, named]) => ({ names, town, countryCode, named })),
];

const BY_NAME = new Map<string, InstitutionSeat[]>();
for (const seat of INSTITUTION_SEATS) {
  for (const name of seat.names) {
    const key = normalizePlaceName(name);
    BY_NAME.set(key, [...(BY_NAME.get(key) ?? []), seat]);
  }
}

// Any of the table's names as written (case and all: a site's name is read only when capitalised), spaces
// loose: a text naming none of them needs no closer reading. No flags: a case-blind or Unicode-aware
// alternation of ~90 names costs several times more, on every sentence of the top of every release.
const ANY_NAME = new RegExp(
  INSTITUTION_SEATS.flatMap((s) => s.names)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|'),
);

/** Whether a text names any body of the table, by a name as the table writes it. */
export function namesInstitution(text: string): boolean {
  return ANY_NAME.test(text);
}

/**
 * The one seat of a body named as written ("CARICC", "the Fiji Police Academy"), or null. A name
 * several bodies share, or a national body's name without its nation, counts only when exactly one
 * of them lies in a country the text names (`countryCodes`).
 */
export function findInstitutionSeat(name: string, countryCodes: ReadonlySet<string>): InstitutionSeat | null {
  const seats = BY_NAME.get(normalizePlaceName(name.replace(/^the\s+/iu, ''))) ?? [];
  const fit = seats.filter((s) => (s.named && seats.length === 1) || countryCodes.has(s.countryCode));
  return fit.length === 1 ? fit[0]! : null;
}
