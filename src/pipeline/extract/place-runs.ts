import { classOf, isSpace, LETTER, MARK, UPPER } from '../text/code-point-class.ts';

/** One word of a run and where it stands in the text. */
export interface RunWord {
  text: string;
  at: number;
}

/** A run of capitalised words, its connectors among them ("Dar es Salaam", "Police Academy of Kandy"). */
export interface PlaceRun {
  at: number;
  end: number;
  words: RunWord[];
}

/** The lower-case words a run of capitalised words may hold, each between two of them. */
export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'de', 'del', 'la', 'es', 'al', 'el', 'du', 'des', 'au']);

/** What placeRuns reads, as an expression (the tests hold the two to the same runs). */
export const RUN_PATTERN = String.raw`\p{Lu}[\p{L}\p{M}’'\-]*(?:\s+(?:(?:of|de|del|la|es|al|el|du|des|au)\s+)?\p{Lu}[\p{L}\p{M}’'\-]*)*`;

/**
 * The runs of capitalised words of a text, left to right, each with its words (split at white
 * space), as the expression RUN_PATTERN matches them with the g and u flags, read by hand: the
 * expression ran on every sentence, line and title of every release and cost more than what was then
 * done with its runs.
 */
export function placeRuns(text: string): PlaceRun[] {
  const runs: PlaceRun[] = [];
  for (let at = nextCapital(text, 0); at !== -1; ) {
    const words: RunWord[] = [];
    let end = wordEnd(text, at);
    words.push({ text: text.slice(at, end), at });
    for (;;) {
      const gap = spacesEnd(text, end);
      if (gap === end) break;
      if (isCapital(text, gap)) {
        const next = wordEnd(text, gap);
        words.push({ text: text.slice(gap, next), at: gap });
        end = next;
        continue;
      }
      // A connector, white space after it, and a capitalised word after that; else the run ends.
      const connector = connectorEnd(text, gap);
      const after = connector === -1 ? connector : spacesEnd(text, connector);
      if (connector === -1 || after === connector || !isCapital(text, after)) break;
      const next = wordEnd(text, after);
      words.push({ text: text.slice(gap, connector), at: gap }, { text: text.slice(after, next), at: after });
      end = next;
    }
    runs.push({ at, end, words });
    at = nextCapital(text, end);
  }
  return runs;
}

function codePointLength(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

function isCapital(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return (classOf(text.codePointAt(i)!) & UPPER) !== 0;
}

function nextCapital(text: string, from: number): number {
  for (let i = from; i < text.length; ) {
    if (isCapital(text, i)) return i;
    i += codePointLength(text.codePointAt(i)!);
  }
  return -1;
}

// The end of a word that opens with a capital at `at`: letters, marks, apostrophes and hyphens.
function wordEnd(text: string, at: number): number {
  let i = at + codePointLength(text.codePointAt(at)!);
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (cp < 0x80) {
      const letter = (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a);
      if (!letter && cp !== 0x27 && cp !== 0x2d) break;
    } else if (cp !== 0x2019 && (classOf(cp) & (LETTER | MARK)) === 0) break;
    i += codePointLength(cp);
  }
  return i;
}

function spacesEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

// The end of a connector word at `at` that white space follows, or -1.
function connectorEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && text.charCodeAt(i) >= 0x61 && text.charCodeAt(i) <= 0x7a) i++;
  return i > at && i < text.length && isSpace(text.charCodeAt(i)) && CONNECTORS.has(text.slice(at, i)) ? i : -1;
}
