import { findCountryMentions } from '../lexicon/countries.ts';

/** "… (CEC)": an acronym the release gives in brackets after the full name. */
const BRACKETED_ACRONYM = /\s*\(\s*([\p{Lu}][\p{Lu}\p{N}&.-]{1,9})\s*\)\s*$/u;
/** "OSCE Centre in Ashgabat", "OSCE Mission to Skopje": the town a body's name ends with. */
const SEAT = /\b(?:in|to|at)\s+(\p{Lu}[\p{L}'’.-]*(?:[\s-]\p{Lu}[\p{L}'’.-]*){0,2})$/u;

/** The town a body's name ends with, as written ("OSCE Office in Yerevan" → "Yerevan"), or null. */
export function seatOf(name: string): string | null {
  return SEAT.exec(name.replace(BRACKETED_ACRONYM, ''))?.[1] ?? null;
}

/** The acronym given in brackets after the name ("Central Election Commission (CEC)" → "CEC"), or null. */
export function bracketedAcronym(name: string): string | null {
  return BRACKETED_ACRONYM.exec(name)?.[1]?.replace(/\./g, '') ?? null;
}

// "OSCE Secretariat's Strategic Police Matters Unit", "Strategic Police Matters Unit of the OSCE's
// Transnational Threats Department": one unit of the OSCE, named with or without its owners.
const OSCE_UNIT_OWNED = /^(?:the\s+)?OSCE(?:\s+Secretariat)?(?:['’]s)?\s+(.+?\s(?:Unit|Section|Team))$/u;
const OSCE_UNIT_OF = /^(?:the\s+)?(.+?\s(?:Unit|Section|Team))\s+of\s+the\s+OSCE\b.*$/u;

// A country's name or abbreviation stands for its code: "Mission to BiH" is "Mission to Bosnia and
// Herzegovina", "U.S. Embassy" the "United States Embassy". Adjectives stay words ("Russian Embassy").
function countriesAsCodes(name: string): string {
  let out = '';
  let at = 0;
  for (const m of findCountryMentions(name)) {
    if (m.form === 'adjective') continue;
    out += `${name.slice(at, m.start)} country${m.code} `;
    at = m.end;
  }
  return out + name.slice(at);
}

/**
 * The identity of an organising body's name, conservatively: case, punctuation, diacritics, a
 * leading "the", how a country is written ("US", "U.S.", "United States"; "BiH"), an acronym in
 * brackets after the name and the OSCE as the owner of one of its units ("OSCE Secretariat's X
 * Unit", "X Unit of the OSCE's Y Department") do not matter; every other word does. "U.S. Embassy in Kazakhstan", "the United States Embassy in
 * Kazakhstan" → "us embassy in kazakhstan". With `seatGeonameId`, the gazetteer's place the name ends
 * with stands for its spelling: "OSCE Centre in Ashgabad" and "… in Ashgabat" are one key when both
 * spellings name one place. "OSCE Centre in Bishkek" and "OSCE Programme Office in Bishkek" stay apart
 * here (renamed bodies are merged from a table, see mergeOrganizations).
 */
export function organizationKey(name: string, seatGeonameId: number | null = null): string {
  const bare = name.replace(BRACKETED_ACRONYM, '').trim();
  const unit = OSCE_UNIT_OWNED.exec(bare)?.[1] ?? OSCE_UNIT_OF.exec(bare)?.[1];
  if (unit) return `osce unit ${words(unit)}`;
  const seat = seatGeonameId === null ? null : SEAT.exec(bare);
  const named = seat ? `${bare.slice(0, seat.index + seat[0].length - seat[1]!.length)}place${seatGeonameId}` : bare;
  return spellingFree(words(countriesAsCodes(named.replace(/['’]s\b/g, ''))).replace(/^the\s+/, ''));
}

// British and American spellings, and "co-operation", name one body: "Co-operation"/"Cooperation",
// "Organisation"/"Organization", "Centre"/"Center", "Programme"/"Program", "Defence"/"Defense".
function spellingFree(key: string): string {
  return key
    .replace(/\bco (operat|ordinat)/g, 'co$1')
    .replace(/isation/g, 'ization')
    .replace(/\bcentre\b/g, 'center')
    .replace(/\bprogramme\b/g, 'program')
    .replace(/\bdefence\b/g, 'defense')
    .replace(/\blabour\b/g, 'labor');
}

/** "OSCE Centre in Almatý" → "osce centre in almaty": lower case, no accents, words apart by single spaces. */
export function words(text: string): string {
  let known = WORDS.get(text);
  if (known === undefined) {
    known = text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    // Bounded: an archive names a few thousand bodies, each looked up by every event naming it.
    if (WORDS.size >= 50_000) WORDS.clear();
    WORDS.set(text, known);
  }
  return known;
}

const WORDS = new Map<string, string>();
