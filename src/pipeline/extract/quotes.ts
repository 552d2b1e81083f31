export interface QuotedPassage {
  /** The quoted words, parts joined, stray quotation marks removed. */
  text: string;
  /** From the first quoted character to the last (an interrupting attribution lies inside). */
  start: number;
  end: number;
  /** Where the opening mark of the first part is, and where the closing mark of the last part ends. */
  openAt: number;
  closeEnd: number;
  /** Text between the parts of an interrupted quote, where its attribution usually is. */
  interruptions: { start: number; end: number }[];
}

interface Part {
  start: number;
  end: number;
  open: number;
  close: number;
  /** Unclosed at the end of its paragraph: the next paragraph's opening quote continues it. */
  unclosed: boolean;
}

const OPENERS = new Set(['“', '„']);
const CLOSERS = new Set(['”']);
// What sits between two parts of one quote: "," said X, Head of Y. / ," she added. / .
const INTERRUPTION = /^[\s,]*(?:\p{L}[^“”"]{0,200})?$/u;

/**
 * Quoted passages in order. Curly and straight quotes; a quote interrupted by its attribution
 * (“…,” said X. “…”) or continued in the next paragraph ("…<newline>"…") is one passage; a stray
 * closing mark that opens the second part (“…,” said X.” They…”) is read as an opening mark.
 */
export function findQuotedPassages(text: string): QuotedPassage[] {
  const parts = findParts(text);
  const passages: QuotedPassage[] = [];
  let group: Part[] = [];
  const flush = (): void => {
    const passage = toPassage(text, group);
    if (passage) passages.push(passage);
    group = [];
  };
  for (const part of parts) {
    const previous = group[group.length - 1];
    if (previous && !continues(text, previous, part)) flush();
    group.push(part);
  }
  flush();
  return passages;
}

function continues(text: string, previous: Part, next: Part): boolean {
  const between = text.slice(previous.close, next.open);
  if (previous.unclosed) return /^\n[ \t]*$/.test(between);
  // The first part was cut off mid-sentence ("…beyond,”) and the same paragraph goes on quoting.
  const cut = /,\s*$/.test(text.slice(previous.start, previous.end));
  return cut && !between.includes('\n') && INTERRUPTION.test(between) && !NEW_SPEAKER.test(between);
}

// ‘,” said X at the opening. Y, Head of Z, added: “…”’: a sentence of its own that leads by a colon into
// the next quote introduces another quote, not the rest of this one.
const NEW_SPEAKER = /[.!?]\s+\p{Lu}[^.!?]*:\s*$/u;

function findParts(text: string): Part[] {
  const parts: Part[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    parts.push(...partsOfLine(text, lineStart, lineStart + line.length));
    lineStart += line.length + 1;
  }
  return parts;
}

function partsOfLine(text: string, from: number, to: number): Part[] {
  const parts: Part[] = [];
  const marks: number[] = [];
  for (let i = from; i < to; i++) if (isMarkCode(text.charCodeAt(i))) marks.push(i);
  let open: number | null = null;
  marks.forEach((at, k) => {
    const opening = isOpening(text, at, from, to);
    if (open === null) {
      // A closing mark with nothing open is stray; it opens a part only if a later mark closes it.
      if (opening || (k < marks.length - 1 && /\s/.test(text[at + 1] ?? ''))) open = at;
      return;
    }
    if (!opening || at === to - 1) {
      parts.push({ start: open + 1, end: at, open, close: at + 1, unclosed: false });
      open = null;
    }
  });
  if (open !== null) parts.push({ start: open + 1, end: to, open, close: to, unclosed: true });
  const double = parts.filter((p) => /\p{L}/u.test(text.slice(p.start, p.end)));
  const single = singleParts(text, from, to).filter((p) => !double.some((d) => d.open < p.close && p.open < d.close));
  return [...double, ...single].sort((a, b) => a.open - b.open);
}

// British style quotes with single marks: "He thanked the troops: 'The OSCE will continue …'" and
// ‘…’. A straight mark is also an apostrophe ("officers' skills", "don't"), so one opens a quote
// only after a colon or at a line's start, and closes it only after sentence punctuation or before
// punctuation, a line's end or the text's end; a curly ‘ always opens. A quote is three words or more.
const SINGLE_OPENERS = new Set(["'", '‘']);
const SINGLE_CLOSERS = new Set(["'", '’']);
const MIN_QUOTE_WORDS = 3;

function singleParts(text: string, from: number, to: number): Part[] {
  const parts: Part[] = [];
  for (let i = from; i < to; i++) {
    // By code first: every character of every line passes here, and few are quotation marks.
    const code = text.charCodeAt(i);
    if (code !== 0x27 && code !== 0x2018) continue;
    const c = text[i]!;
    if (!SINGLE_OPENERS.has(c) || !opensSingle(text, i, from)) continue;
    const close = singleClose(text, i + 1, to);
    if (close < 0) continue;
    const words = text.slice(i + 1, close).trim().split(/\s+/).length;
    if (words >= MIN_QUOTE_WORDS) {
      parts.push({ start: i + 1, end: close, open: i, close: close + 1, unclosed: false });
      i = close;
    }
  }
  return parts;
}

function opensSingle(text: string, at: number, from: number): boolean {
  if (!/\p{L}/u.test(text[at + 1] ?? '')) return false;
  if (text[at] === '‘') return at === from || /[\s(\[—–:-]/.test(text[at - 1]!);
  return /(?:^|:)[ \t]*$/.test(text.slice(from, at));
}

function singleClose(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (!SINGLE_CLOSERS.has(text[i]!)) continue;
    const before = text[i - 1] ?? '';
    const after = i + 1 >= to ? '' : text[i + 1]!;
    if (/[.!?,]/.test(before) && (after === '' || /[\s)]/.test(after))) return i;
    if (/\p{L}/u.test(before) && (after === '' || /^[.;:!?](?:\s|$)/.test(text.slice(i + 1, i + 3)))) return i;
  }
  return -1;
}

/** A double quotation mark: '"', or one of OPENERS or CLOSERS, by its code (asked of every character of the text). */
function isMarkCode(code: number): boolean {
  return code === 0x22 || code === 0x201c || code === 0x201e || code === 0x201d;
}

// A straight quote opens when it follows a blank, a line start or an opening bracket and a word follows.
function isOpening(text: string, at: number, from: number, to: number): boolean {
  const c = text[at]!;
  if (OPENERS.has(c)) return true;
  if (CLOSERS.has(c)) return false;
  const before = at === from ? ' ' : text[at - 1]!;
  const after = at + 1 >= to ? ' ' : text[at + 1]!;
  return /[\s(\[—–-]/.test(before) && !/\s/.test(after);
}

function toPassage(text: string, group: Part[]): QuotedPassage | null {
  const first = group[0];
  const last = group[group.length - 1];
  if (!first || !last) return null;
  const pieces = group.map((p) => clean(text.slice(p.start, p.end))).filter((p) => p !== '');
  const joined = pieces
    .map((p, i) => (i < pieces.length - 1 && /^\p{Lu}/u.test(pieces[i + 1]!) ? p.replace(/,$/, '.') : p))
    .join(' ')
    .replace(/,$/, '');
  if (joined === '') return null;
  const start = first.start + leading(text.slice(first.start, first.end));
  const end = last.end - trailing(text.slice(last.start, last.end));
  const interruptions = group.slice(1).map((p, i) => ({ start: group[i]!.close, end: p.open }));
  return { text: joined, start, end, openAt: first.open, closeEnd: last.close, interruptions };
}

function clean(s: string): string {
  return s.replace(/["“”„]/g, '').replace(/^['‘]|['’]$/g, '').replace(/\s+/g, ' ').trim();
}

const leading = (s: string): number => s.length - s.trimStart().length;
const trailing = (s: string): number => s.length - s.trimEnd().length;
