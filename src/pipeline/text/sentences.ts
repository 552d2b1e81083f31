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

function pushLine(text: string, from: number, to: number, line: number, out: Sentence[]): void {
  let start = from;
  const boundary = /[.!?]["”’)]?\s+(?=["“‘(]?[A-Z0-9\u0400-\u042F])/g;
  const lineText = text.slice(from, to);
  for (const match of lineText.matchAll(boundary)) {
    const stopAt = from + match.index + match[0].trimEnd().length;
    const before = text.slice(start, from + match.index + 1);
    if (ABBREVIATIONS.test(before)) continue;
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
