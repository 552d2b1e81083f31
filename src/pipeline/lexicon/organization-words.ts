// Vocabulary for reading organisation names: data, so a new kind of body is one line here.

/** Last nouns of a body's name ("State Revenues Committee", "OSCE Centre in Astana"). */
export const HEAD_WORDS: ReadonlySet<string> = new Set([
  'Office', 'Centre', 'Center', 'Mission', 'Ministry', 'Committee', 'Service', 'Services', 'Agency',
  'Embassy', 'Consulate', 'Unit', 'Department', 'Secretariat', 'College', 'Academy', 'School',
  'Institute', 'University', 'Police', 'Militia', 'Council', 'Government', 'Team', 'Directorate',
  'Guard', 'Guards', 'Force', 'Forces', 'Commission', 'Bureau', 'Organization', 'Organisation',
  'Foundation', 'Association', 'Court', 'Parliament', 'Assembly', 'Complex', 'Sector', 'Inspectorate',
  'Procuracy', 'Prosecution', 'Administration', 'Authority', 'Board', 'Network', 'Customs',
  'Co-ordinator', 'Coordinator', 'Presence', 'Division', 'Section', 'Chamber', 'Union', 'Alliance',
  'Troops', 'Programme', 'Program', 'Project', 'Component', 'Stiftung', 'Consortium', 'Corps', 'Command',
  'Sub-programme', 'Subprogramme', 'Sub-program',
  // Heads of bodies worldwide ("EU Delegation", "World Bank", "Rule of Law Initiative", "National Gendarmerie").
  'Delegation', 'Bank', 'Fund', 'Initiative', 'Federation', 'Tribunal', 'Gendarmerie',
  // State and civil bodies by what they are ("the National Registry of Civil Status", "the National
  // Treasury", "the Partnership for Nuclear Security", "the Red Crescent Society").
  'Registry', 'Treasury', 'Judiciary', 'Presidency', 'Senate', 'Municipality', 'Partnership', 'Forum',
  'Society', 'Institution', 'Observatory', 'Laboratory', 'Corporation', 'Company',
]);

/** Plural heads that name one body per seat ("the OSCE Offices in Baku and Yerevan"). */
export const PLURAL_HEADS: Readonly<Record<string, string>> = {
  Offices: 'Office', Centres: 'Centre', Centers: 'Center', Missions: 'Mission', Embassies: 'Embassy',
  Consulates: 'Consulate',
};

/** Nouns after which "in" continues a name's complement instead of naming its seat ("Office for
 * Combating Trafficking in Human Beings", "Centre against Trade in Small Arms"). */
export const IN_PHRASE_NOUNS: ReadonlySet<string> = new Set(['Trafficking', 'Smuggling', 'Trade', 'Traffic', 'Dealing']);

/** Heads that are a person's title unless the name is an OSCE body ("OSCE Project Co-ordinator"). */
export const OSCE_ONLY_HEADS: ReadonlySet<string> = new Set(['Co-ordinator', 'Coordinator', 'Presence']);

/** Titles before "of the" that make the words a person's role, not part of the body's name. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'Head', 'Deputy', 'Director', 'Director-General', 'Chief', 'Principal', 'Minister', 'Ambassador',
  'Chairman', 'Chairwoman', 'Chairperson', 'Chair', 'President', 'Vice-President', 'Secretary',
  'General', 'Acting', 'Assistant', 'Senior', 'Officer', 'Adviser', 'Advisor', 'Representative',
  'Commander', 'Rector', 'Dean', 'Spokesperson', 'Spokesman', 'Member', 'Members', 'Staff',
  'Inspector', 'Expert', 'Experts', 'Officers', 'Officials', 'Representatives', 'Vice', 'First',
  'Executive', 'Programme', 'Project', 'Political', 'Manager', 'Co-ordinator', 'Coordinator', 'Special',
  'Police', 'Colonel', 'Major', 'Lieutenant', 'General-Lieutenant', 'Captain', 'Employees', 'Cadets',
]);

/** Bodies that are named by one word and belong to no country. */
export const INTERNATIONAL_BODIES: ReadonlySet<string> = new Set([
  'Interpol', 'INTERPOL', 'Europol', 'EUROPOL', 'Frontex', 'UNODC', 'UNDP', 'UNHCR', 'UNICEF', 'IOM',
  'NATO', 'ODIHR', 'UNOCT', 'UNECE', 'CSTO', 'CARICC', 'WCO', 'OHCHR', 'UNESCO', 'ICMPD',
]);

/**
 * Bodies of a region of several countries: "the Pacific Islands Forum Fisheries Agency", "the ECOWAS
 * Commission", "the Inter-American Commission", "EUCAP Sahel", "UNAMA". A region's adjective that is
 * also a country's is left out ("South African", "Central African", "Arab Republic", "Islamic
 * Republic", "Commonwealth of Dominica"), so a national body keeps its country.
 */
const MULTINATIONAL =
  String.raw`Inter-American|Pan-(?:African|American)|Ibero-?[Aa]merican|African\s+Union|(?:West|East|Southern|North)\s+African|Asia[- ]Pacific|Pacific\s+(?:Islands|Community)|South\s+Pacific|Caribbean|Andean|(?:Central|Latin|South)\s+American|Asian|League\s+of\s+Arab\s+States|Arab\s+League|Gulf\s+Cooperation|Nordic|Baltic|Mediterranean|Black\s+Sea|Commonwealth\s+Secretariat|Islamic\s+(?:Cooperation|Development)|ECOWAS|SADC|IGAD|ASEAN|CARICOM|SICA|COMESA|SAARC|APEC|OECD|IAEA|ILO|FAO|UN[A-Z]{2,}|EU[A-Z]{2,}|MINU[A-Z]+|MONU[A-Z]+`;

/** Words that mark a body as international: it has no country even when it sits in one. */
export const INTERNATIONAL_MARKERS = new RegExp(
  String.raw`\b(?:OSCE|United Nations|UN|European Union|EU|Council of Europe|NATO|Interpol|INTERPOL|Europol|International|World|Organization for Security|UNODC|UNDP|ODIHR|Frontex|Commonwealth of Independent States|${MULTINATIONAL})\b`,
);

/** Phrases before a body's name that introduce it by its kind ("the NGO La Strada", "the public
 * foundation Green Valley", "the international organization Safehouse"). */
export const NGO_PREFIX =
  /\b(?:NGOs?|non-governmental organi[sz]ations?|(?:international|public|non-profit|non-governmental|civil society|charitable|local|national)\s+(?:organi[sz]ations?|foundations?|associations?|funds?|unions?))\s+(?=["“]?\p{Lu})/u;

/**
 * Heads of state bodies: with no country in the name, such a body belongs to the host country
 * ("the Interior Ministry" in a release from Kazakhstan). Councils, foundations or embassies do not.
 */
export const NATIONAL_HEADS: ReadonlySet<string> = new Set([
  'Ministry', 'Committee', 'Service', 'Services', 'Agency', 'Police', 'Militia', 'Government', 'Guard',
  'Guards', 'Procuracy', 'Prosecution', 'Customs', 'Inspectorate', 'Directorate', 'Sector', 'Academy',
  'Complex', 'Parliament', 'Court', 'Administration', 'Department', 'Office', 'Forces', 'Authority',
]);

/** Words an acronym skips ("Action against Terrorism Unit" → ATU) and that say nothing of which
 * body a name means. */
export const NAME_FUNCTION_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'against', 'on', 'in', 'to', 'at', 'with', 'by', '&']);

/** Endings English adds to a word without making it another word's name: "Terror" → "Terrorism",
 * "Border" → "Borders", "Election" → "Elections". Only whole endings count ("Mine" is not "Mineral"). */
export const STEM_SUFFIXES: ReadonlySet<string> = new Set(['s', 'es', 'ism', 'isms', 'ist', 'ists', 'al', 'ing']);
