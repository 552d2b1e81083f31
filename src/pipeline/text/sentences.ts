import type { Span } from '../../schema/dataset.ts';

export interface Sentence extends Span {
  text: string;
  /** 1-based line number of the sentence's first character, for messages. */
  line: number;
}

// Abbreviations after which a full stop does not end a sentence ("U.S. Embassy", "Mr. Smith", "No. 5").
const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|St|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|e\.g|i\.e|Inc|Ltd|Co|Jr|Sr|Amb)\.|\b[A-Z]\.)$/;

/**
 * Splits text into sentences with their spans. A line break always ends a sentence (releases put one
 * paragraph per line); inside a line, ". ", "! " or "? " followed by an upper-case letter or a quote
 * does, unless the word before is an abbreviation. Trailing/leading blanks are not part of a span.
 */
export function splitSentences(text: string): readonly Sentence[] {
  // The build splits each release twice, for extraction (analyzeRelease) and for the spans' sentences
  // after it (withSpanSentences): the second time takes the first's sentences (never changed by anyone).
  if (text === last.text) return last.sentences;
  const sentences: Sentence[] = [];
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      pushLine(text, lineStart, i, line, sentences);
      line++;
      lineStart = i + 1;
    }
  }
  last = { text, sentences };
  return sentences;
}

// The last text split, and its sentences.
let last: { text: string | null; sentences: readonly Sentence[] } = { text: null, sentences: [] };

// Where a sentence may end inside a line. One expression read by an exec loop: matchAll copied it for every line.
const BOUNDARY = /[.!?]["”’)]?\s+(?=["“‘(]?[A-Z0-9\u0400-\u042F])/g;
// An abbreviation is at most five characters ("Sept.", "Prof."), and \b reads the one before it: what
// ABBREVIATIONS needs of the words before a full stop (it was tried at every character of them).
const ABBREVIATION_REACH = 6;

function pushLine(text: string, from: number, to: number, line: number, out: Sentence[]): void {
  let start = from;
  const lineText = text.slice(from, to);
  const matches: RegExpExecArray[] = [];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(lineText); m !== null; m = BOUNDARY.exec(lineText)) matches.push(m);
  BOUNDARY.lastIndex = 0;
  for (const match of matches) {
    const stopAt = from + match.index + match[0].trimEnd().length;
    const end = from + match.index + 1;
    if (ABBREVIATIONS.test(text.slice(Math.max(start, end - ABBREVIATION_REACH), end))) continue;
    push(text, start, stopAt, line, out);
    start = from + match.index + match[0].length;
  }
  push(text, start, to, line, out);
}

function push(text: string, start: number, end: number, line: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end), line });
}
