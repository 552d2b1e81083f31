import { findCountry } from '../lexicon/countries.ts';
import { MONTH_PATTERN } from '../lexicon/months.ts';
import type { Sentence } from '../text/sentences.ts';

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
const RANGE = /\d{1,2}(?:st|nd|rd|th)?\s*(?:to|-|–|and)\s*\d{1,2}(?:st|nd|rd|th)?\b/u;

/**
 * The pieces of the lines right under the title that may name where the event was: a dateline of
 * any shape ("9 May. UNDP. KISUMU –", "MARACAIBO (Agency) – 14.03.2019 –", "Lusaka, 3 to 5 June
 * 2019 –", "Baku / 02.11.17 / Turan:") and a location line ("Regional Training Centre, Kigali",
 * "Workshop | Johannesburg, South Africa | 12 May 2010"). A piece is only a candidate: the
 * gazetteer decides whether it names a place. A prefix with a lower-case word is a sentence, not a
 * dateline ("He said: …").
 */
export function topLinePieces(text: string, sentences: readonly Sentence[], titleLine: number): PlacePiece[] {
  const out: PlacePiece[] = [];
  for (const s of sentences) {
    if (s.line <= titleLine || s.line > titleLine + TOP_LINES) continue;
    if (s.start > 0 && text[s.start - 1] !== '\n') continue;
    const whole = lineEnd(text, s.start) === s.end;
    const sep = SEPARATOR.exec(s.text);
    const prefix = sep && sep.index <= MAX_PREFIX ? s.text.slice(0, sep.index) : whole && s.text.length <= MAX_PREFIX ? s.text : null;
    if (prefix === null) continue;
    const pieces = splitPieces(prefix, s.start);
    if (!pieces.every((p) => p.words.every((w) => DATE_WORD.test(w) || NAME_WORD.test(w)))) continue;
    const dated = pieces.some((p) => p.words.some((w) => /^\d/.test(w) || new RegExp(`^(?:${MONTH_PATTERN})\\.?$`, 'iu').test(w)));
    const kind = sep || dated ? 'dateline' : 'location-line';
    const range = RANGE.test(s.text.slice(0, (sep?.index ?? 0) + (sep?.[0].length ?? 0) + 30));
    let first = true;
    const country = pieces.find((p) => findCountry(p.text))?.text ?? null;
    const dash = sep !== null && /[–—-]/u.test(sep[0]);
    for (const p of pieces) {
      if (p.words.length > 0 && p.words.every((w) => NAME_WORD.test(w)) && !p.words.every((w) => DATE_WORD.test(w))) {
        out.push({ text: p.text, start: p.start, kind, range, first, country, dash });
        first = false;
      }
    }
  }
  return out;
}

function splitPieces(prefix: string, offset: number): { text: string; start: number; words: string[] }[] {
  const pieces: { text: string; start: number; words: string[] }[] = [];
  let at = 0;
  for (const part of prefix.split(PIECE_SPLIT)) {
    const start = prefix.indexOf(part, at);
    at = start + part.length;
    const trimmed = part.trim();
    if (trimmed === '') continue;
    pieces.push({ text: trimmed, start: offset + start + part.indexOf(trimmed), words: trimmed.split(/\s+/) });
  }
  return pieces;
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  let end = nl === -1 ? text.length : nl;
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  return end;
}
