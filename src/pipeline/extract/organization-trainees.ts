import { ATTENDING_PEOPLE } from '../lexicon/people-nouns.ts';
import type { Sentence } from '../text/sentences.ts';
import type { OrganizationMention } from './organization-mentions.ts';

// "Thirty officers from the Customs Division of the Revenue Authority have completed a training", "Twelve
// members of the Coast Guard graduated from a course": the body whose own people are trained.
// The people are the shipped table of those who attend ("officers", "rangers", "magistrates" …).
const PEOPLE = new Set(ATTENDING_PEOPLE);
const PEOPLE_OF = /(\p{L}+)\s+(?:from|of)\s+(?:the\s+|its\s+)?$/u;
const peopleOf = (before: string): boolean => PEOPLE.has(PEOPLE_OF.exec(before)?.[1]?.toLowerCase() ?? '');
// After the body: its acronym and a unit in lower case at most ("(GRA) counter-terrorism unit"), then
// the people's finishing or taking the event.
const TOOK_IT =
  /^(?:\s*\([^)]{1,20}\))?(?:\s+[\p{Ll}-]+){0,3}?\s+(?:have\s+|has\s+|had\s+)?(?:successfully\s+|today\s+|recently\s+)?(?:completed|graduated|attended|underwent|finished|received|took\s+part\s+in|participated\s+in)\b/u;
// What every match of TOOK_IT holds: most sentences name no one finishing anything.
const MAY_TAKE = /complet|graduat|attend|underw|finish|receiv|part/i;

/**
 * The bodies whose own people took the event ("officers of X completed a course"): a national body
 * training its staff runs the training itself, which a release says only in this way when it names no
 * one else (weak evidence, counted only where no body is said to run it). In text order, each once.
 */
export function traineesOwnBodies(text: string, sentences: readonly Sentence[], mentions: readonly OrganizationMention[]): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  for (const s of sentences) {
    if (!MAY_TAKE.test(s.text)) continue;
    for (const m of mentions) {
      if (m.start < s.start || m.end > s.end || found.some((f) => f.name === m.name)) continue;
      if (peopleOf(text.slice(Math.max(s.start, m.start - 40), m.start)) && TOOK_IT.test(text.slice(m.end, Math.min(s.end, m.end + 120)))) found.push(m);
    }
  }
  return found;
}
