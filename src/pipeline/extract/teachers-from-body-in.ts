import { INTERNATIONAL_BODIES, INTERNATIONAL_MARKERS } from '../lexicon/organization-words.ts';

// Teachers, "from" a body by its capitalised name, then "in" the country: "faculty from the Lee Kuan
// Yew School of Public Policy in ", "trainers from the Police Academy in ".
const TEACHERS_FROM_BODY_IN =
  /\b(?:experts?|trainers?|instructors?|lecturers?|faculty|professors?|tutors?|facilitators?)\s+(?:from|of)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){1,9})in\s+(?:the\s+)?$/u;

/**
 * Whether the country after "in" is the home of the body the teachers come from: "lectures delivered
 * by faculty from the Lee Kuan Yew School of Public Policy in Singapore". Evidence: elsewhere "in X"
 * places a thing rather than naming whose people teach ("the OSCE Office in Ukraine trains …"); but a
 * national body named with the country it is in, as the teachers' origin, is that country's, as
 * "experts from Singapore's …" would be. Not an international body's office ("experts from the OSCE
 * Office in Tajikistan", "UNODC experts from the Regional Office in …"), which has no country.
 * Decision: expert.
 */
export function teachersFromBodyIn(before: string): boolean {
  const m = TEACHERS_FROM_BODY_IN.exec(before);
  if (!m) return false;
  const body = m[1]!;
  return !INTERNATIONAL_MARKERS.test(body) && !body.split(/\s+/).some((w) => INTERNATIONAL_BODIES.has(w)) && !/\b(?:Office|Mission|Embassy|Delegation|Programme|Project)\b/u.test(body);
}
