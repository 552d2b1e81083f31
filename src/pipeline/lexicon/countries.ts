import { COUNTRY_TABLE, NATIONAL_BODY_NAMES, NOT_COUNTRY_GENERATED, SHARED_BODY_NAMES, NOT_COUNTRY_NEXT_WORDS, NOT_COUNTRY_PHRASES, US_STATE_CONTEXT } from './country-table.ts';
import { HEAD_WORDS as BODY_HEADS } from './organization-words.ts';
import { WORLD_COUNTRY_NAMES, WORLD_MULTI_WORD_CAPITALS } from './world-country-names.ts';
import { classOf, codePointBefore, LETTER_OR_NUMBER, LOWER, UPPER } from '../text/code-point-class.ts';

export interface CountryEntry {
  /** ISO 3166-1 alpha-2; Kosovo is XK. */
  code: string;
  /** Short English name used in the dataset ("Russia", "United States"). */
  name: string;
}

export type MentionForm = 'name' | 'adjective' | 'abbreviation';

export interface CountryMention {
  code: string;
  /** [start, end) of the words as written, without a leading "the" or a trailing "'s". */
  start: number;
  end: number;
  form: MentionForm;
  /** The words as written ("Afghan", "BiH"). */
  text: string;
  /** An acronym of one of the country's bodies ("AFP" for the Australian Federal Police): the body, not the land. */
  body?: true;
}

interface Form {
  code: string;
  form: MentionForm;
  /** Abbreviations match only with exactly this case ("US", never "us"). */
  exact: string | null;
}

// "US", "U.S.", "BiH", "DPRK": all capitals and dots, or an acronym with one lower-case letter inside.
const ABBREVIATION = /^(?:[A-Z.]+|[A-Z][a-z][A-Z])$/;

// Demonyms in -ese/-sh/-ch/-ss/-z have no plural in -s ("Chinese", "British", "Swiss", "Kyrgyz").
function pluralOf(adjective: string): string | null {
  if (/(?:ese|sh|ch|ss|s|z|x)$/.test(adjective)) return null;
  return `${adjective}s`;
}

// Lookup key: lower case, curly apostrophes straightened ("Côte d’Ivoire" = "Côte d'Ivoire").
function keyOf(written: string): string {
  return written.toLowerCase().replace(/’/g, "'");
}

function buildForms(): { forms: Map<string, Form[]>; entries: Map<string, CountryEntry> } {
  const forms = new Map<string, Form[]>();
  const entries = new Map<string, CountryEntry>();
  const add = (written: string, form: Form): void => {
    const key = keyOf(written);
    forms.set(key, [...(forms.get(key) ?? []), form]);
  };
  for (const [code, name, aliases, adjectives] of COUNTRY_TABLE) {
    entries.set(code, { code, name });
    for (const written of [name, ...aliases]) {
      const abbreviation = ABBREVIATION.test(written);
      add(written, { code, form: abbreviation ? 'abbreviation' : 'name', exact: abbreviation ? written : null });
    }
    for (const adjective of adjectives) {
      add(adjective, { code, form: 'adjective', exact: null });
      const plural = pluralOf(adjective);
      if (plural) add(plural, { code, form: 'adjective', exact: null });
    }
  }
  addGenerated(forms, add);
  // A body's own-language name shared by two countries ("Bundeskriminalamt") names neither.
  const bodies = NATIONAL_BODY_NAMES.flatMap(([code, names]) => names.map((n) => [code, n] as const));
  for (const [code, name] of bodies) {
    if (bodies.filter(([, n]) => n === name).length === 1) add(name, { code, form: 'adjective', exact: null });
  }
  for (const phrase of NOT_COUNTRY_PHRASES) forms.set(keyOf(phrase), []);
  addHyphenSpellings(forms);
  for (const town of townsNamingOtherCountries(forms)) forms.set(keyOf(town), []);
  return { forms, entries };
}

// "Guinea Bissau", "Timor Leste": a name written with a hyphen is written with a space as often,
// and must then not be read as its first word's country ("Guinea").
function addHyphenSpellings(forms: Map<string, Form[]>): void {
  for (const [key, found] of [...forms]) {
    const spaced = key.replace(/-/g, ' ');
    if (spaced !== key && !forms.has(spaced)) forms.set(spaced, found.filter((f) => f.form === 'name'));
  }
}

/**
 * "Port of Spain", "Fort-de-France": a town whose name holds another country's is that town, not the
 * country, in both its spellings (with spaces or hyphens); read whole, as "Gulf of Guinea" is. The
 * towns are the capitals of the world-countries table; a capital holding its own country's name
 * ("Kuwait City") still names the country.
 */
function townsNamingOtherCountries(forms: ReadonlyMap<string, Form[]>): string[] {
  const towns: string[] = [];
  for (const [code, capitals] of WORLD_MULTI_WORD_CAPITALS) {
    for (const capital of capitals) {
      const words = capital.split(/[\s-]+/);
      const other = words.some((_, i) => words.slice(i).some((__, j) => (forms.get(keyOf(words.slice(i, i + j + 1).join(' '))) ?? []).some((f) => f.code !== code)));
      if (other) towns.push(capital, words.join(' '), words.join('-'));
    }
  }
  return towns;
}

// Every other English name and demonym the generated table gives: the hand table's choices win (its
// "Dominican" is the Dominican Republic's, not Dominica's), and a form the generated table gives to
// two countries ("Virgin Islander", "Channel Islander") names neither.
function addGenerated(forms: Map<string, Form[]>, add: (written: string, form: Form) => void): void {
  const owners = new Map<string, Set<string>>();
  for (const [code, names, demonyms] of WORLD_COUNTRY_NAMES) {
    for (const written of [...names, ...demonyms]) owners.set(keyOf(written), (owners.get(keyOf(written)) ?? new Set()).add(code));
  }
  const skip = new Set(NOT_COUNTRY_GENERATED.map(keyOf));
  const taken = new Set(forms.keys());
  const usable = (written: string): boolean =>
    !taken.has(keyOf(written)) && !skip.has(keyOf(written)) && owners.get(keyOf(written))!.size === 1;
  for (const [code, names, demonyms] of WORLD_COUNTRY_NAMES) {
    for (const name of names.filter(usable)) add(name, { code, form: 'name', exact: null });
    for (const demonym of demonyms.filter(usable)) {
      add(demonym, { code, form: 'adjective', exact: null });
      const plural = pluralOf(demonym);
      if (plural && !taken.has(keyOf(plural))) add(plural, { code, form: 'adjective', exact: null });
    }
  }
}

const { forms: FORMS, entries: ENTRIES } = buildForms();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// One alternation, longest first, so "Papua New Guinea" wins over "Guinea" at the same position and
// "Latin American" is consumed before "American" can be read.
const MATCHER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...FORMS.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => escape(k).replace(/['’]/g, "['’]"))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

const NEXT_WORDS = new RegExp(`^\\s+(?:${NOT_COUNTRY_NEXT_WORDS.map(escape).join('|')})\\b`);
const US_AFTER = /^,\s*(?:USA|U\.S\.A?\.?|US|United States)(?![\p{L}])/u;
// "the state of Georgia", "University of Georgia": only for names in US_STATE_CONTEXT, so
// "University of Kazakhstan" still names the country.
const STATE_OF_BEFORE = /\b(?:(?:U\.?S\.? )?state|University) of\s*$/i;

/** Answers of findCountry and findCountryMentions by text: both are pure. Cleared when full. */
const MEMO_LIMIT = 50_000;
const FOUND = new Map<string, CountryEntry | undefined>();
const MENTIONS = new Map<string, readonly CountryMention[]>();
/** The texts MENTIONS holds, in characters, at most (about the length of 1,000 releases). */
const MEMO_CHARS = 4_000_000;
let mentionChars = 0;

/** Finds a country by a name, alias or demonym as written ("Russia", "the United States", "BiH", "Afghans"). */
export function findCountry(name: string): CountryEntry | undefined {
  // Asked of every capitalised word and run the venue and body readers try, many times a release.
  const known = FOUND.get(name);
  if (known !== undefined || FOUND.has(name)) return known;
  const entry = lookUpCountry(name);
  if (FOUND.size >= MEMO_LIMIT) FOUND.clear();
  FOUND.set(name, entry);
  return entry;
}

function lookUpCountry(name: string): CountryEntry | undefined {
  const cleaned = name
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^the\s+/i, '')
    .replace(/['’]s$/, '');
  const candidates = FORMS.get(keyOf(cleaned));
  const hit = candidates?.find((f) => f.exact === null || f.exact === cleaned);
  return hit ? ENTRIES.get(hit.code) : undefined;
}

/** The lexicon's entry for an ISO code ("XK" → Kosovo). */
export function countryByCode(code: string): CountryEntry | undefined {
  return ENTRIES.get(code);
}

/**
 * Every country mention in `text`, in order. Names and demonyms must start with a capital
 * ("Turkey", never "turkey"); abbreviations must match exactly ("US", never "us"). A name that is
 * part of a street or a US place ("Georgia Avenue", "Atlanta, Georgia", "University of Georgia") is not a mention.
 */
export function findCountryMentions(text: string): CountryMention[] {
  // Asked again and again of the same texts: each candidate body, town and filler, each sentence by
  // several readers, the whole release by its analysis and its report print. Remembered, as it is pure.
  let found = MENTIONS.get(text);
  if (found === undefined) {
    found = countryMentions(text);
    if (MENTIONS.size >= MEMO_LIMIT || mentionChars > MEMO_CHARS) {
      MENTIONS.clear();
      mentionChars = 0;
    }
    MENTIONS.set(text, found);
    mentionChars += text.length;
  }
  // Copies: a caller may change what it was given.
  return found.map((m) => ({ ...m }));
}

function countryMentions(text: string): CountryMention[] {
  const mentions: CountryMention[] = [];
  let after = 0;
  // The capitalised words: where a capital starts a word (capitalStart, read by hand), the capital and
  // the letters and digits after it. The expression that found them,
  // /(?:(?<![\p{L}\p{N}])|(?<=(?<![\p{L}\p{N}])\p{Ll}{3,})())\p{Lu}[\p{L}\p{N}]*/gu, tried its
  // lookbehinds at every character and was most of this function's time. The capitals and their runs
  // (what /\p{Lu}[\p{L}\p{N}]*/gu matched) are read by hand with the class table too (nextCapital,
  // capitalRunEnd), and a capital that starts no word is passed by one character, as that expression did.
  for (let pos = 0; pos < text.length; ) {
    const index = nextCapital(text, pos);
    if (index < 0) break;
    if (!capitalStart(text, index)) {
      pos = index + (text.codePointAt(index)! > 0xffff ? 2 : 1);
      continue;
    }
    const runEnd = capitalRunEnd(text, index);
    pos = runEnd;
    if (index < after) continue;
    const word = text.slice(index, runEnd);
    const lower = word.toLowerCase();
    if (!FIRST_WORDS.has(lower)) continue;
    // At a seam the forms are tried without the word boundary before them; elsewhere the boundary
    // holds already, so one expression serves both.
    const matcher = matcherFor(word, lower);
    matcher.lastIndex = index;
    const match = matcher.exec(text);
    if (!match) continue;
    const written = match[0];
    const start = match.index;
    const end = start + written.length;
    after = end;
    const candidates = FORMS.get(keyOf(written)) ?? [];
    const form = candidates.find((f) => (f.exact === null ? /^\p{Lu}/u.test(written) : f.exact === written));
    if (!form) continue;
    if (form.form === 'name' && isPlaceContext(text, start, end, form.code)) continue;
    if (SHARED_BODIES.has(keyOf(written)) && qualifiedBody(text, start, end, mentions)) continue;
    mentions.push({ code: form.code, start, end, form: form.form, text: written });
  }
  return withBodyAcronyms(text, mentions);
}

const SHARED_BODIES: ReadonlySet<string> = new Set(SHARED_BODY_NAMES.map(keyOf));
// "Policía Nacional de Colombia", "Police nationale du Burkina Faso", "Police Nationale (Haiti)": another country qualifies it.
const QUALIFIED_AFTER = /^\s*(?:(?:de|del|du|des|of|d['’])\s*(?:la\s+|l['’]\s*|the\s+)?|\(\s*)\p{Lu}/u;

// A body's name many countries' bodies bear, qualified by another country after it or by a country's
// word right before it ("the Haitian Police Nationale"): that country's body, not the table's.
function qualifiedBody(text: string, start: number, end: number, before: readonly CountryMention[]): boolean {
  const last = before[before.length - 1];
  return QUALIFIED_AFTER.test(text.slice(end, end + 40)) || (last !== undefined && /^\s*$/u.test(text.slice(last.end, start)));
}

// The classes of the ASCII characters, read without classOf's call.
const ASCII_CLASSES = Array.from({ length: 0x80 }, (_, c) => classOf(c));

/** Where the next upper-case letter at or after `from` is, -1 where none is. */
function nextCapital(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) return i;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if ((classOf(cp) & UPPER) !== 0) return i;
    if (cp > 0xffff) i++;
  }
  return -1;
}

/** The end of the letters and digits that follow the capital at `start`. */
function capitalRunEnd(text: string, start: number): number {
  let i = start + (text.codePointAt(start)! > 0xffff ? 2 : 1);
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((ASCII_CLASSES[c]! & LETTER_OR_NUMBER) === 0) break;
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if ((classOf(cp) & LETTER_OR_NUMBER) === 0) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/**
 * Whether the capital at `i` starts a word: nothing letter-like comes before it, or it is at a seam
 * (three or more lower-case letters, a whole word, glued before it); not "McKinley"'s K or "iPhone"'s P.
 */
function capitalStart(text: string, i: number): boolean {
  if (i === 0) return true;
  const prevClass = classOf(codePointBefore(text, i));
  if ((prevClass & LETTER_OR_NUMBER) === 0) return true;
  if ((prevClass & LOWER) === 0) return false;
  let j = i;
  let lowers = 0;
  while (j > 0) {
    const c = codePointBefore(text, j);
    if ((classOf(c) & LOWER) === 0) break;
    lowers++;
    j -= c > 0xffff ? 2 : 1;
  }
  return lowers >= 3 && (j === 0 || (classOf(codePointBefore(text, j)) & LETTER_OR_NUMBER) === 0);
}

// "the Australian Federal Police (AFP)": the body's name after a country, ending in a body's head
// word, then its acronym in brackets.
const BODY_ACRONYM = /^((?:\s+(?:of|and|for|on|the|\p{Lu}[\p{L}'’-]*))*?)\s+\(\s*(\p{Lu}[\p{Lu}\p{N}&]{1,7})\s*\)/u;
// "the Embassy of Japan (EoJ)", "the Office in Kazakhstan (OiK)", "Inter-American … (CICAD)": the
// country is not the body's owner, or not a country at all.
const NOT_OWNER_BEFORE = /(?:\b(?:of|in|to|at)\s+(?:the\s+)?|-)$/i;
const SEAT_BEFORE = /(?:\b(?:in|to|at)\s+(?:the\s+)?|-)$/i;

/**
 * A national body named with its country and given an acronym stands for the country wherever the
 * acronym is used later: "Australian Federal Police (AFP) … four AFP trainers" → AU there too,
 * "Japan Coast Guard (JCG) … JCG instructors" → JP. Without brackets, an acronym made of the
 * initials of such a name stands for it too ("the Papua New Guinea Defence Force … three PNGDF
 * officers"). A pattern of English, not a list of agencies.
 */
function withBodyAcronyms(text: string, mentions: CountryMention[]): CountryMention[] {
  const added: CountryMention[] = [];
  for (const m of mentions) {
    if (m.form === 'abbreviation') continue;
    const before = text.slice(Math.max(0, m.start - 12), m.start);
    // Initials are the country's and the body's words only, so "of the Kenya Police Service … KPS"
    // is the country's own body; brackets may cover the words before ("the Embassy of Japan (EoJ)").
    const bracket = NOT_OWNER_BEFORE.test(before) ? null : bracketAcronym(text, m);
    const initials = () => (SEAT_BEFORE.test(before) ? undefined : initialsAcronyms(text, m).find((c) => wordsAt(text, c.acronym, c.from).length > 0));
    const named = bracket ?? initials();
    if (!named || findCountry(named.acronym) !== undefined) continue;
    for (const start of wordsAt(text, named.acronym, named.from)) {
      if (!mentions.some((x) => x.start === start) && !added.some((x) => x.start === start)) {
        added.push({ code: m.code, start, end: start + named.acronym.length, form: 'abbreviation', text: named.acronym, body: true });
      }
    }
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

function bracketAcronym(text: string, m: CountryMention): { acronym: string; from: number } | null {
  const body = BODY_ACRONYM.exec(text.slice(m.end, m.end + 120));
  const last = body?.[1]!.trim().split(/\s+/).pop() ?? '';
  return body && BODY_HEADS.has(last) && !NOT_STATE_HEADS.has(last) ? { acronym: body[2]!, from: m.end + body[0].length } : null;
}

// The capitalised words of a name after the country ("Federal Police", "Defence Force of …").
const NAME_AFTER = /^(?:\s+(?:of|and|for|\p{Lu}[\p{L}'’-]*))+/u;
// Heads that name a project or a network, not a body of the state.
const NOT_STATE_HEADS: ReadonlySet<string> = new Set(['Programme', 'Program', 'Project', 'Component', 'Network', 'Alliance', 'Union', 'Consortium']);

// Each name the run can end at, shortest first ("Defence Force", "Defence Force and Australian Federal Police").
function initialsAcronyms(text: string, m: CountryMention): { acronym: string; from: number }[] {
  const run = NAME_AFTER.exec(text.slice(m.end, m.end + 100))?.[0] ?? '';
  const words = run.trim().split(/\s+/);
  const found: { acronym: string; from: number }[] = [];
  for (let head = 0; head < words.length; head++) {
    if (!BODY_HEADS.has(words[head]!) || NOT_STATE_HEADS.has(words[head]!)) continue;
    const name = [...m.text.split(/[\s-]+/), ...words.slice(0, head + 1)].filter((w) => /^\p{Lu}/u.test(w));
    const acronym = name.map((w) => w[0]).join('');
    const through = words.slice(0, head + 1).join(' ');
    if (acronym.length >= 3) found.push({ acronym, from: m.end + run.indexOf(through) + through.length });
  }
  return found;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// Where `word` stands as a whole word in `text` from `from` on: found by indexOf, so no expression is
// built for each acronym.
function wordsAt(text: string, word: string, from: number): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(word, from); at !== -1; at = text.indexOf(word, at + word.length)) {
    if (!LETTER_OR_DIGIT.test(text[at - 1] ?? '') && !LETTER_OR_DIGIT.test(text[at + word.length] ?? '')) found.push(at);
  }
  return found;
}
// Every form starts with a capital when it counts, so the forms are tried only where a capitalised
// word begins, not at every character: where nothing letter-like comes before the capital, or at a
// seam, a capital glued to the end of a lower-case word where markup between two words was stripped
// ("from 8 countries<br>Antigua" → "countriesAntigua"). Three lower-case letters before it keep names
// such as "McKinley" or "iPhone" out. countryMentions reads these words by hand (capitalStart).
// The forms without the word boundary before them: a word's start is found before they are tried.
const FULL_MATCHER = new RegExp(MATCHER.source.replace('(?<![\\p{L}\\p{N}])', ''), 'iuy');
const firstWordOf = (key: string): string => /^[\p{L}\p{N}]*/u.exec(key)![0];
// A form can match only where the text's word is exactly the form's first word ("bosnia" for
// "Bosnia and Herzegovina", "u" for "U.S."): other capitalised words skip the alternation.
const FIRST_WORDS: ReadonlySet<string> = new Set([...FORMS.keys()].map(firstWordOf));
// The forms by first word, longest first as in MATCHER, so the alternation tried at a word holds only
// the forms that can begin there.
const KEYS_BY_FIRST_WORD = new Map<string, string[]>();
for (const key of [...FORMS.keys()].sort((a, b) => b.length - a.length)) {
  const first = firstWordOf(key);
  const keys = KEYS_BY_FIRST_WORD.get(first);
  if (keys) keys.push(key);
  else KEYS_BY_FIRST_WORD.set(first, [key]);
}
// Case-insensitive matching folds "ſ" to "s" and the Kelvin sign to "k": a first word holding a
// character of that kind could match a word other than its own, so then every word gets the whole list.
const FOLDS_ASCII = [...FIRST_WORDS].some((w) => /[\u017f\u212a]/.test(w));
const MATCHERS_BY_WORD = new Map<string, RegExp>();

// The alternation to try at a capitalised word: for a word in plain ASCII, only the forms whose first
// word it is (an ASCII letter matches no other letter case-insensitively but these); for any other
// word, the forms whose first word it matches under the flags (foldedMatcherFor).
function matcherFor(word: string, lower: string): RegExp {
  if (FOLDS_ASCII) return FULL_MATCHER;
  if (!/^[\x00-\x7f]*$/.test(word)) return foldedMatcherFor(word);
  let matcher = MATCHERS_BY_WORD.get(lower);
  if (matcher === undefined) {
    const keys = KEYS_BY_FIRST_WORD.get(lower) ?? [];
    matcher = formsAt(keys);
    MATCHERS_BY_WORD.set(lower, matcher);
  }
  return matcher;
}

// A word with letters beyond ASCII ("Åland", "São", "Türkiye") may match a form whose first word is
// written in other letters that fold to the same under the i and u flags. FULL_MATCHER tries every
// form there; a form can match only where its first word matches the text's whole word (the run is
// maximal, and a form's first word ends at a non-letter), so the forms to try are those whose first
// word does. Candidates come from a skeleton that folding cannot change (simple folding maps a code
// point to one code point, and an ASCII letter only to itself, its other case, 'ſ' or the Kelvin
// sign), then each is checked with the flags themselves. Same answers as FULL_MATCHER, a few forms.
const skeleton = (w: string): string =>
  [...w].map((c) => (c === '\u017f' ? 's' : c === '\u212a' ? 'k' : c < '\x80' ? c.toLowerCase() : '?')).join('');
const FIRST_WORDS_BY_SKELETON = new Map<string, string[]>();
for (const first of FIRST_WORDS) {
  const key = skeleton(first);
  const same = FIRST_WORDS_BY_SKELETON.get(key);
  if (same) same.push(first);
  else FIRST_WORDS_BY_SKELETON.set(key, [first]);
}
const FOLDED_MATCHERS = new Map<string, RegExp>();
// Every form in FULL_MATCHER's order (longest first), so a word's forms keep that order.
const KEYS_LONGEST_FIRST = [...FORMS.keys()].sort((a, b) => b.length - a.length);

function foldedMatcherFor(word: string): RegExp {
  let matcher = FOLDED_MATCHERS.get(word);
  if (matcher === undefined) {
    const firsts = new Set((FIRST_WORDS_BY_SKELETON.get(skeleton(word)) ?? []).filter((f) => new RegExp(`^${escape(f)}$`, 'iu').test(word)));
    const keys = KEYS_LONGEST_FIRST.filter((k) => firsts.has(firstWordOf(k)));
    matcher = formsAt(keys);
    FOLDED_MATCHERS.set(word, matcher);
  }
  return matcher;
}
const NEVER = /(?!)/y;

// Forms (longest first) tried where a word begins, each ending at a word's end; no forms, no match
// (an empty alternation would match the empty string).
function formsAt(keys: readonly string[]): RegExp {
  if (keys.length === 0) return NEVER;
  return new RegExp(`(?:${keys.map((k) => escape(k).replace(/['’]/g, "['’]")).join('|')})(?![\\p{L}\\p{N}])`, 'iuy');
}

// "ATLANTA, Georgia": a dateline's city before a US state's name, by code.
const US_CITY_BEFORE: ReadonlyMap<string, readonly RegExp[]> = new Map(
  Object.entries(US_STATE_CONTEXT).map(([code, cities]) => [code, cities.map((city) => new RegExp(`\\b${city},\\s*$`, 'i'))]),
);

function isPlaceContext(text: string, start: number, end: number, code: string): boolean {
  const after = text.slice(end, end + 40);
  if (NEXT_WORDS.test(after)) return true;
  const before = text.slice(Math.max(0, start - 40), start);
  const usCities = US_STATE_CONTEXT[code];
  if (usCities === undefined) return false;
  if (US_AFTER.test(after) || STATE_OF_BEFORE.test(before)) return true;
  // Datelines write the city in capitals: "ATLANTA, Georgia".
  return US_CITY_BEFORE.get(code)!.some((city) => city.test(before));
}
