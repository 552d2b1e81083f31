import { classOf, LETTER_OR_NUMBER } from '../text/code-point-class.ts';

/**
 * A bottom-k MinHash sketch of a text's word shingles: the K smallest hashes of its runs of
 * SHINGLE words. Two sketches estimate the Jaccard similarity of the texts' shingle sets, so a
 * release republished under another title (or with a "Source:" line) is found by its wording,
 * and the smallest hashes serve as blocking keys, so no two texts are compared unless they share one.
 */
export interface TextSketch {
  /** The smallest distinct shingle hashes, ascending (at most K). */
  mins: number[];
  /** How many distinct shingles the text has (a short text's sketch is its whole set). */
  shingles: number;
}

const SHINGLE = 4;
const K = 64;

/** "The course ended today in Osh …" → its sketch; words are letters and digits, case folded. */
export function textSketch(text: string): TextSketch {
  const lower = text.toLowerCase();
  const wordHashes = wordHashesOf(lower);
  // Every shingle's hash, repeats too, sorted by the typed array's own numeric sort (each is an
  // unsigned 32-bit number); then read once for the distinct ones: no Set, and no comparator called
  // for each of a release's hundreds of shingles.
  // A text shorter than a shingle is its words as one shingle.
  const hashes = wordHashes.length >= SHINGLE ? new Uint32Array(wordHashes.length - SHINGLE + 1) : Uint32Array.of(...(wordHashes.length > 0 ? [fnv1a(wordsOf(lower).join(' '))] : []));
  if (wordHashes.length >= SHINGLE) {
    for (let i = 0; i + SHINGLE <= wordHashes.length; i++) {
      let h = 0x811c9dc5;
      for (let j = i; j < i + SHINGLE; j++) h = mix(h, wordHashes[j]!);
      hashes[i] = h >>> 0;
    }
    hashes.sort();
  }
  const mins: number[] = [];
  let shingles = 0;
  for (let i = 0; i < hashes.length; i++) {
    if (i > 0 && hashes[i] === hashes[i - 1]) continue;
    shingles++;
    if (mins.length < K) mins.push(hashes[i]!);
  }
  return { mins, shingles };
}

/**
 * The estimated Jaccard similarity of two texts' shingle sets: of the K smallest hashes of their
 * union, the share found in both. 1 for the same wording, about 0 for texts that share no sentence.
 */
export function sketchSimilarity(a: TextSketch, b: TextSketch): number {
  if (a.mins.length === 0 || b.mins.length === 0) return 0;
  const limit = Math.min(K, a.shingles + b.shingles);
  let i = 0;
  let j = 0;
  let seen = 0;
  let both = 0;
  while (seen < limit && (i < a.mins.length || j < b.mins.length)) {
    const x = a.mins[i] ?? Infinity;
    const y = b.mins[j] ?? Infinity;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
    seen++;
  }
  return seen === 0 ? 0 : both / seen;
}

/** The words of a text (what /[\p{L}\p{N}]+/gu finds), for a text shorter than a shingle. */
function wordsOf(lower: string): string[] {
  return lower.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * fnv1a of each word wordsOf finds, read by hand without making the words: the expression and a
 * string per word were most of the sketch's time. ASCII is decided by its code, any other code point
 * by its class (code-point-class.ts); a word's hash runs over its UTF-16 code units, as fnv1a's does.
 */
function wordHashesOf(lower: string): number[] {
  const hashes: number[] = [];
  let h = 0;
  let inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    let width = 1;
    let word: boolean;
    if (c < 128) word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    else {
      const point = lower.codePointAt(i)!;
      if (point > 0xffff) width = 2;
      word = (classOf(point) & LETTER_OR_NUMBER) !== 0;
    }
    if (word) {
      if (!inWord) h = 0x811c9dc5;
      inWord = true;
      h = Math.imul(h ^ c, 0x01000193);
      if (width === 2) h = Math.imul(h ^ lower.charCodeAt(i + 1), 0x01000193);
    } else if (inWord) {
      hashes.push(h >>> 0);
      inWord = false;
    }
    i += width - 1;
  }
  if (inWord) hashes.push(h >>> 0);
  return hashes;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function mix(h: number, v: number): number {
  return Math.imul(h ^ v, 0x01000193) ^ (v >>> 15);
}
