import { findCountry } from '../lexicon/countries.ts';
import { MONTH_PATTERN } from '../lexicon/months.ts';

/** A piece of a line under the title that may name a place: a dateline's town, a location line. */
export interface PlacePiece {
  text: string;
  start: number;
  kind: 'dateline' | 'location-line';
  /** The line carries a range of days ("Lusaka, 3 to 5 June 2019 –"): the event's own dates. */
  range: boolean;
  /** The line's first name: a dateline opens with its town, so only this piece may be a town no table knows. */
  first: boolean;
  /** A country another piece of the line names ("MANILA, Philippines –"): where its town is. */
  country: string | null;
  /** The line's prefix ends with a dash ("Asutsuare — …"), the dateline's own mark; "Update: …" does not. */
  dash: boolean;
  /** 1-based line; a classic dateline's towns ("ALMATY / BISHKEK") are each a candidate, another line gives its first place only. */
  line: number;
  classic: boolean;
}

// How far under the title a dateline or location line may stand.
const TOP_LINES = 8;
const MAX_PREFIX = 80;
// What ends a dateline's prefix: "KISUMU – ", "DAR ES SALAAM, April 13 (Xinhua) -- ", "Muscat: ", "Santo Domingo.-".
const SEPARATOR = /\s+--\s*|\s*[–—]\s*|\s+-\s+|:\s+|\.-\s*|\s+-(?=\p{Lu})/u;
// A piece of a dateline: split at commas, bars, slashes, brackets and full stops before a space.
const PIECE_SPLIT = /\s*[,|/()]\s*|\.\s+|\.$/u;
const DATE_WORD = new RegExp(`^(?:${MONTH_PATTERN})\\.?$|^\\d|^(?:to|and|on|of|the|am|pm|st|nd|rd|th)$`, 'iu');
// A word a place or an agency's name is made of: capitalised, or a connector inside a name ("Dar es Salaam").
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}’'.\-]*|of|de|del|la|es|al|el|du|des|au)$/u;
const MONTH_WORD = new RegExp(`^(?:${MONTH_PATTERN})\\.?$`, 'iu');
const FOOTER_WORD = /^(?:Embassy|Office|Ministry|Consulate|Press|Release|News|Statement)$/u;
const RANGE = /\d{1,2}(?:st|nd|rd|th)?\s*(?:to|-|–|and)\s*\d{1,2}(?:st|nd|rd|th)?\b/u;
// A line that labels the event's place, anywhere in the release: "Venue: Nairobi, Kenya", "Location: …", "Date and venue: …".
const PLACE_LABEL = /^(?:(?:Date|Dates)\s+and\s+)?(?:Venue|Location|Place)(?:\s+and\s+(?:date|dates|time))?\s*:\s*/iu;
// Whether any line of a text opens with such a label (after the spaces a line's trim removes).
const ANY_PLACE_LABEL = /^\s*(?:(?:Date|Dates)\s+and\s+)?(?:Venue|Location|Place)(?:\s+and\s+(?:date|dates|time))?\s*:/imu;

/**
 * The pieces of the lines right under the title that may name where the event was: a dateline of
 * any shape ("9 May. UNDP. KISUMU –", "MARACAIBO (Agency) – 14.03.2019 –", "Lusaka, 3 to 5 June
 * 2019 –", "Baku / 02.11.17 / Turan:") and a location line ("Regional Training Centre, Kigali",
 * "Workshop | Johannesburg, South Africa | 12 May 2010"). A piece is only a candidate: the
 * gazetteer decides whether it names a place. A prefix with a lower-case word is a sentence, not a
 * dateline ("He said: …").
 */
export function topLinePieces(text: string, titleLine: number): PlacePiece[] {
  const out: PlacePiece[] = [];
  let offset = 0;
  // Past the top lines only a labelled line is read: a text with none (most) is split no further than the top.
  const lines = ANY_PLACE_LABEL.test(text) ? text.split('\n') : text.split('\n', titleLine + TOP_LINES);
  for (let i = 0; i < lines.length; offset += lines[i]!.length + 1, i++) {
    const raw = lines[i]!;
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim();
    if (i + 1 <= titleLine || line === '') continue;
    // "Venue: Nairobi, Kenya": what follows the label is a location line, wherever it stands.
    const label = PLACE_LABEL.exec(line);
    if (!label && i >= titleLine + TOP_LINES) continue;
    const s = { text: line.slice(label?.[0].length ?? 0), start: offset + lead + (label?.[0].length ?? 0), line: i + 1 };
    const sep = SEPARATOR.exec(s.text);
    const prefix = sep && sep.index <= MAX_PREFIX ? s.text.slice(0, sep.index) : s.text.length <= MAX_PREFIX ? s.text : null;
    if (prefix === null) continue;
    const pieces = splitPieces(prefix, s.start);
    if (pieces === null) continue;
    // "Embassy Of The United States. Beirut. Lebanon - Press Release": a body's footer, not a dateline;
    // but a dateline that credits its source after the town keeps the town ("TEGUCIGALPA, Honduras
    // (Embassy of the United States) —").
    if (pieces[0]?.words.some((w) => FOOTER_WORD.test(w))) continue;
    const dated = pieces.some((p) => p.words.some((w) => /^\d/.test(w) || MONTH_WORD.test(w)));
    const kind = !label && (sep || dated) ? 'dateline' : 'location-line';
    const range = RANGE.test(s.text.slice(0, (sep?.index ?? 0) + (sep?.[0].length ?? 0) + 30));
    let first = true;
    const country = pieces.find((p) => findCountry(p.text))?.text ?? null;
    const dash = sep !== null && /[–—-]/u.test(sep[0]);
    for (const p of pieces) {
      if (p.words.length > 0 && p.words.every((w) => NAME_WORD.test(w)) && !p.words.every((w) => DATE_WORD.test(w))) {
        out.push({ text: p.text, start: p.start, kind, range, first, country, dash, line: s.line, classic: false });
        first = false;
      }
    }
  }
  return out;
}

// The prefix's pieces, or null when a word of one is neither a date's nor a name's (a sentence, not a
// dateline: most lines under a title), found at that piece: the pieces after it are not split.
function splitPieces(prefix: string, offset: number): { text: string; start: number; words: string[] }[] | null {
  const pieces: { text: string; start: number; words: string[] }[] = [];
  let at = 0;
  for (const part of prefix.split(PIECE_SPLIT)) {
    const start = prefix.indexOf(part, at);
    at = start + part.length;
    const trimmed = part.trim();
    if (trimmed === '') continue;
    const words = trimmed.split(/\s+/);
    if (!words.every((w) => DATE_WORD.test(w) || NAME_WORD.test(w))) return null;
    pieces.push({ text: trimmed, start: offset + start + part.indexOf(trimmed), words });
  }
  return pieces;
}
