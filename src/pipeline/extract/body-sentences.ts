import type { Sentence } from '../text/sentences.ts';
import { datelinePrefixLength } from './dateline.ts';

/**
 * The sentences after the title that carry the story: image lines and bare datelines are dropped and
 * a dateline in front of the first sentence is cut off, so "KARAGANDA, Kazakhstan, 3 November 2014 –
 * A four-day seminar …" becomes "A four-day seminar …" (spans still index the whole text).
 */
export function bodySentences(sentences: readonly Sentence[], titleEnd: number): Sentence[] {
  return sentences.flatMap((sentence) => {
    if (sentence.start < titleEnd || /^!\[[^\]]*\]\(.*\)$/.test(sentence.text)) return [];
    const cut = datelinePrefixLength(sentence.text);
    if (cut === 0) return [sentence];
    const text = sentence.text.slice(cut).trimStart();
    if (text === '') return [];
    const start = sentence.end - text.length;
    return [{ ...sentence, start, text }];
  });
}
