import { PROJECT_TOTAL } from '../lexicon/people-nouns.ts';
import type { Sentence } from '../text/sentences.ts';

const FOUND = new WeakMap<readonly Sentence[], ReadonlySet<Sentence>>();

/**
 * The sentences of a release that tell of totals over a project or a period (PROJECT_TOTAL), each
 * tested once: the country readers (the roles read at each mention, the host's implied roles, the
 * earlier trainees) all ask it of the same sentences. Kept by the release's one list of sentences.
 */
export function projectTotalSentences(sentences: readonly Sentence[]): ReadonlySet<Sentence> {
  let found = FOUND.get(sentences);
  if (found === undefined) FOUND.set(sentences, (found = new Set(sentences.filter((s) => PROJECT_TOTAL.test(s.text)))));
  return found;
}
