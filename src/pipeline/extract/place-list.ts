import type { Span } from '../../schema/dataset.ts';
import { findCountry } from '../lexicon/countries.ts';

/** One place as a phrase names it, before the gazetteer is asked. */
export interface PlaceItem {
  /**
   * `place` a town (or a country, when `name` is one); `region` a district, region, province,
   * oblast, valley or lake; `crossing` a border crossing point.
   */
  kind: 'place' | 'region' | 'crossing';
  /** The bare name: "Podgorica", "Lagodekhi" (of "the district of Lagodekhi"), "Hairatan". */
  name: string;
  /** The whole phrase for a region or crossing ("Lagodekhi district", "Hairatan border crossing point"); null for a place. */
  label: string | null;
  span: Span;
  /** A country the phrase itself gives: "(Czech Republic)", ", Kazakhstan", "the Georgian district of". */
  countryHint: string | null;
  /** A crossing "between Afghanistan and Uzbekistan" lies in two countries, so in neither alone. */
  twoCountries: boolean;
}

// Both cases written out: with the `i` flag, \\p{Lu} would match lower-case letters too.
const REGION_WORD = '[Dd]istrict|[Rr]egion|[Pp]rovince|[Oo]blast|[Vv]alley|[Vv]elayat|[Mm]arz';
const REGION_WORDS = `(?:${REGION_WORD})s?`;
const NOT_NAME_WORD = `(?!(?:${REGION_WORDS}|[Bb]order|[Cc]rossing|Lake)\\b)`;
// A capitalised word: "Podgorica", "Ust-Kamenogorsk", "Kolašin", "Kazakhstan’s"; a name may open with
// an abbreviated "Saint", "Mount" or "Fort" ("St. Petersburg", "Mt. Hagen"), never a town alone.
const WORD = `${NOT_NAME_WORD}(?:(?:St|Ste|Mt|Ft)\\.\\s)?\\p{Lu}[\\p{L}’'\\-]*`;
// An Arabic article hyphened to the next word belongs to the name: "Sharm el-Sheikh", "Ras al-Khaimah".
const NAME = `${WORD}(?:\\s(?:(?:el|al|as|ad|ar|an|at|az|ash|ath|adh|es|ed)-)?${WORD}){0,2}`;
// One town written in two languages: "Vushtrri/Vučitrn", "Mitrovica / Mitrovicë".
const SLASHED = `${NAME}(?:\\s?/\\s?${NAME})?`;

const REGION_OF = new RegExp(`(?:the\\s+)?(?:(${WORD})\\s+)?(${REGION_WORD})\\s+of\\s+(${NAME})`, 'uy');
const LAKE = new RegExp(`(?:the\\s+)?(?:Lake\\s+(${NAME})|(${NAME})\\s+Lake)`, 'uy');
const CROSSING = new RegExp(
  `(?:the\\s+)?(${NAME})\\s+((?:land\\s+|road\\s+)?(?:[Bb]order\\s+)?[Cc]rossing(?:\\s+[Pp]oint)?)(?:\\s+between\\s+(?:the\\s+)?(${NAME})\\s+and\\s+(?:the\\s+)?(${NAME}))?`,
  'uy',
);
// "the Chui and Naryn regions", "Naryn region", "Sughd Province".
const NAMED_REGIONS = new RegExp(`(?:the\\s+)?(${NAME}(?:\\s*,\\s*${NAME})*(?:,?\\s+and\\s+${NAME})?)\\s+(${REGION_WORDS})\\b`, 'uy');
const PLACE = new RegExp(`(?:the\\s+)?(${SLASHED})`, 'uy');
const QUALIFIER = new RegExp(`\\s*\\((?:the\\s+)?(${NAME})\\)|\\s*,\\s*(?:the\\s+)?(${NAME})(?=$|[\\s,.;:)])`, 'uy');
// The dates of each town's event in parentheses after it: "in Bishkek (2-3 March) and Osh (5-6 March
// 2009)". Only day, month and year words: any other aside ("Holesov (Czech Republic)") is read as before.
const MONTH_WORD = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const DATE_ASIDE = new RegExp(`\\s*\\((?:\\s*(?:\\d{1,4}(?:st|nd|rd|th)?|${MONTH_WORD}|on|from|to|until|and|[-–—.,/]))+\\s*\\)`, 'uy');
const SEPARATOR = /\s*,\s*(?:and\s+)?(?:in\s+)?|\s+and\s+(?:in\s+)?/y;
const LIST_END_AND = /\s+and\s+|,\s*and\s+/y;
const MAX_ITEMS = 8;

/** The places of a list, and the offset in the passage just after the last one (and its country). */
export interface PlaceList {
  items: PlaceItem[];
  end: number;
  /** A town of the list is followed by its own dates in parentheses: the list tells when, as a date after it would. */
  dated?: true;
}

/**
 * The places a phrase lists from `at` on: "Podgorica, Budva and Kolašin", "Aktau, in Atyrau and in
 * Uralsk", "the Georgian district of Lagodekhi", "the Chui and Naryn regions", "Almaty, Kazakhstan"
 * (one town and its country), "Holesov (Czech Republic)". Items after the first are taken only when
 * the list closes with "and": "in Osh, Ivan Petrov said" names one place.
 */
export function parsePlaceList(text: string, at: number, offset: number): PlaceList {
  const items: PlaceItem[] = [];
  let pos = at;
  let closedWithAnd = false;
  let firstCount = 0;
  let firstEnd = at;
  let dated = false;
  let firstDated = false;
  for (let n = 0; n < MAX_ITEMS; n++) {
    const parsed = parseItem(text, pos, offset);
    if (!parsed) break;
    items.push(...parsed.items);
    dated ||= parsed.dated === true;
    if (n === 0) firstDated = dated;
    if (n === 0) [firstCount, firstEnd] = [items.length, parsed.end];
    pos = parsed.end;
    LIST_END_AND.lastIndex = pos;
    const isAnd = LIST_END_AND.test(text);
    SEPARATOR.lastIndex = pos;
    const sep = SEPARATOR.exec(text);
    if (!sep || !parseItem(text, pos + sep[0].length, offset)) break;
    pos += sep[0].length;
    if (isAnd) closedWithAnd = true;
  }
  const list = closedWithAnd ? { items, end: pos } : { items: items.slice(0, firstCount), end: firstEnd };
  return (closedWithAnd ? dated : firstDated) ? { ...list, dated: true } : list;
}

type SpanOf = (name: string) => Span;
type Parsed = { items: PlaceItem[]; end: number; dated?: true };

// An item as a literal with its keys in one order, not a spread of shared defaults: parseTown makes one
// for every capitalised word a phrase reads, and a spread costs several times a literal.
function placeItem(kind: PlaceItem['kind'], name: string, span: Span, label: string | null = null, countryHint: string | null = null, twoCountries = false): PlaceItem {
  return { label, countryHint, twoCountries, kind, name, span };
}

// Each shape a named region or crossing takes, tried before a plain town.
const READERS: readonly { re: RegExp; read: (m: RegExpExecArray, spanOf: SpanOf) => PlaceItem[] }[] = [
  {
    re: REGION_OF, // "the Georgian district of Lagodekhi"
    read: (m, spanOf) => {
      const name = m[3]!;
      const hint = m[1] && findCountry(m[1]) ? m[1] : null;
      return [placeItem('region', name, spanOf(name), `${name} ${m[2]!.toLowerCase()}`, hint)];
    },
  },
  {
    re: LAKE, // "Lake Issyk-Kul", "Issyk-Kul Lake"
    read: (m, spanOf) => {
      const name = (m[1] ?? m[2])!;
      return [placeItem('region', name, spanOf(name), m[1] ? `Lake ${name}` : `${name} Lake`)];
    },
  },
  {
    re: CROSSING, // "the Dostyk border crossing point between Kazakhstan and China"
    read: (m, spanOf) => [placeItem('crossing', m[1]!, spanOf(m[1]!), `${m[1]!} ${m[2]!.toLowerCase()}`, null, m[3] !== undefined)],
  },
  {
    re: NAMED_REGIONS, // "the Chui and Naryn regions"
    read: (m, spanOf) => {
      const word = m[2]!.toLowerCase().replace(/s$/, '');
      // "Lima's Rimac district": a district of a town is in the town.
      const owner = /^(\p{Lu}[\p{L}\-]*(?:\s\p{Lu}[\p{L}\-]*)?)[’']s\s/u.exec(m[1]!);
      if (owner) return [placeItem('place', owner[1]!, spanOf(owner[1]!))];
      return m[1]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((name) => placeItem('region', name, spanOf(name), `${name} ${word}`));
    },
  },
];

// What each reader's expression cannot match without (case as written): most texts hold none, and skip them.
const READER_WORDS: readonly RegExp[] = [new RegExp(REGION_WORD, 'u'), /Lake/u, /[Cc]rossing/u, new RegExp(REGION_WORD, 'u')];
// The readers that may match in the last text read: a sentence's list is parsed item by item, each from the start.
let readersText: string | null = null;
let readersOf: typeof READERS = READERS;

function readersFor(text: string): typeof READERS {
  if (text !== readersText) {
    readersOf = READERS.filter((_, i) => READER_WORDS[i]!.test(text));
    readersText = text;
  }
  return readersOf;
}

// Names are found left to right, so a repeated one ("Osh and Osh") gets its own span.
function spansFrom(text: string, at: number, offset: number): SpanOf {
  let from = at;
  return (name) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start: offset + start, end: offset + start + name.length };
  };
}

function parseItem(text: string, at: number, offset: number): Parsed | null {
  for (const { re, read } of readersFor(text)) {
    const m = exec(re, text, at);
    if (m) return { items: read(m, spansFrom(text, at, offset)), end: at + m[0].length };
  }
  return parseTown(text, at, offset);
}

// A town, and the country written after it: "Almaty, Kazakhstan", "Holesov (Czech Republic)".
function parseTown(text: string, at: number, offset: number): Parsed | null {
  const m = exec(PLACE, text, at);
  if (!m) return null;
  const spanOf = spansFrom(text, at, offset);
  const name = m[1]!.replace(/[’']s$/u, '');
  let end = at + m[0].length;
  const q = exec(QUALIFIER, text, end);
  const qualifier = q ? (q[1] ?? q[2])! : null;
  const hint = qualifier && findCountry(qualifier) && !findCountry(name) ? qualifier : null;
  if (hint) end += q![0].length;
  // The town's own dates do not end the list: the next town follows them.
  const dates = exec(DATE_ASIDE, text, end);
  if (dates) end += dates[0].length;
  const items = [placeItem('place', name, spanOf(name), null, hint)];
  return dates ? { items, end, dated: true } : { items, end };
}

function exec(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}
