import type { CountryMention } from '../lexicon/countries.ts';
import { MAY_BE_TEACHING_ACT, PASSIVE_BEFORE, TEACHING_ACT, TRAINING_ACT } from '../lexicon/role-words.ts';
import type { Sentence } from '../text/sentences.ts';

// Between the subject and its verb: a clause break, a relative clause, an auxiliary or another verb
// means the country is not the one who teaches ("Officers from X, who attended …, will …").
const GAP_BREAK = /[,;:–—]|\b(?:who|which|that|whose|is|are|was|were|has|have|had|funded|financed|sponsored|supported)\b|\b\p{Ll}+ed\b/u;
// An apposition between the subject and its verb: "Anna Kowalska and Jan Nowak, experienced Polish
// prosecutors, conducted …" names the subject (people's names opening the sentence), then describes
// them between commas; the country in the description is the teachers'. The gap after the country
// holds the description's end and its closing comma, with no clause of its own.
const NAMES_THEN_APPOSITION = /^\s*(?:(?:Dr|Mr|Ms|Mrs|Prof|Judge)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:and|&)\s+)?(?:(?:Dr|Mr|Ms|Mrs|Prof|Judge)\.?\s+)?\p{Lu}[\p{L}'’.-]*){1,7}\s*,\s*(?:[\p{Ll}-]+\s+){0,3}$/u;
const APPOSITION_END = /^[^,;:–—()]*,\s*$/u;
const CLAUSE_WORD = /\b(?:who|which|that|whose|is|are|was|were|has|have|had|funded|financed|sponsored|supported)\b|\b\p{Ll}+ed\b/u;
// The perfect alone is the same act: "the first time China has trained officers for a foreign country".
const PERFECT = /^\s*(?:has|have|had)\s+(?:(?:also|already|now|successfully|previously)\s+)?$/;
// A clause that opens with these puts the country in an adverbial ("With Japanese support the OSCE …").
const ADVERBIAL = /\b(?:with|through|thanks|under|funded|financed|sponsored|supported|support|for|to|in|at|near|on behalf)\b/i;

// Trainees who will teach later pass the course on; that is another event ("Participants from X
// will deliver training to their colleagues").
const LEARNERS = /\b(?:participants|trainees|graduates|students|cadets|attendees|alumni)\b/i;
const PASSING_ON = /^[^.;]*?\b(?:their|own)\s+(?:colleagues|peers|units|staff|services)\b|^[^.;]*?\b(?:back home|upon (?:their )?return|in turn)\b/i;

/**
 * True when the country's people or body are the subject of an active verb of teaching with what
 * is taught: "Officers from Ruritania's Border Police provide training to …", "the Ruritanian Customs
 * Service conducted a course for …". Not when the verb is passive ("were provided training"), when
 * a clause or a relative stands between (a perfect "has trained" is no break), when the country sits in an adverbial ("With Ruritanian
 * funding, the OSCE conducted a course", "the OSCE Office in Ruritania conducted …"), or when
 * trainees pass the course on ("Participants from Ruritania will deliver training to their colleagues").
 * An apposition on named people is theirs: "A and B, Ruritanian judges, conducted the course".
 */
export function teachesAsSubject(text: string, sentence: Sentence, mention: CountryMention): boolean {
  const rest = text.slice(mention.end, sentence.end);
  const verb = earliest(MAY_BE_TEACHING_ACT.test(rest) ? TEACHING_ACT.exec(rest) : null, TRAINING_ACT.exec(rest));
  if (!verb) return false;
  const gap = rest.slice(0, verb.index);
  const head = text.slice(sentence.start, mention.start);
  const apposition = APPOSITION_END.test(gap) && !CLAUSE_WORD.test(gap) && NAMES_THEN_APPOSITION.test(head);
  if ((GAP_BREAK.test(gap) && !PERFECT.test(gap) && !apposition) || PASSIVE_BEFORE.test(gap)) return false;
  const clause = head.split(/[,;:–—]/).pop() ?? '';
  if (ADVERBIAL.test(clause) || LEARNERS.test(clause + gap)) return false;
  return !PASSING_ON.test(rest.slice(verb.index + verb[0].length));
}

function earliest(a: RegExpExecArray | null, b: RegExpExecArray | null): RegExpExecArray | null {
  if (!a || !b) return a ?? b;
  return a.index <= b.index ? a : b;
}
