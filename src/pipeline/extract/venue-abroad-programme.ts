import type { Span } from '../../schema/dataset.ts';
import type { CountryMention } from '../lexicon/countries.ts';
import type { Sentence } from '../text/sentences.ts';
import type { OrganizationMention } from './organization-mentions.ts';
import { ownerMention } from './organization-country.ts';
import { countryVenue } from './venue.ts';
import type { PlaceMention } from './venue-mentions.ts';

/** The people go home after the event ("to apply upon their return"): they were abroad for it; not back to their units or posts. */
export const RETURN_HOME =
  /\b(?:upon|on|after)\s+(?:their|his|her)\s+return\b(?!\s+to\s+(?:their|his|her|the)\s+(?:[\p{L}-]+\s+)?(?:units?|duty|duties|posts?|stations?|work(?:places?)?|jobs?|offices?|departments?|institutions?|agencies|services|regions?|provinces?|districts?|communities|colleagues))|\bafter\s+returning\s+(?:home|to\s+their\s+(?:home\s+)?countr(?:y|ies))\b|\bwhen\s+they\s+return\s+(?:home|to\s+their\s+(?:home\s+)?countr(?:y|ies))\b|\bonce\s+back\s+home\b/iu;
// Right after the body's name: it runs the event ("… (KOICA) will implement a training programme").
const RUNS_AFTER =
  /^\s*(?:\([^)]{1,20}\)\s*)?(?:(?:will|has|have|had|is|are|was|were)\s+)?(?:(?:also|jointly|successfully)\s+)?(?:implement(?:s|ed|ing)?|organi[sz](?:e|es|ed|ing)|host(?:s|ed|ing)?|conduct(?:s|ed|ing)?|run(?:s|ning)?|ran|hold(?:s|ing)?|held|offer(?:s|ed|ing)?)\b/i;
// "… was hosted by the <body>": the body runs it, written after the verb.
const RUN_BY_BEFORE = /\b(?:implemented|organi[sz]ed|hosted|conducted|run|held|offered)\s+by\s+(?:the\s+)?$/i;
// A body abroad: an embassy or an office works in the country it is sent to, not in its own.
const POSTED_ABROAD = /\b(?:Embassy|Consulate|High\s+Commission|Mission|Delegation|Office|Attaché)\b/i;

const NOTE = 'no place named: the participants return home after it, so it was held in the country of the agency that runs it';
const REASON = 'no place the text names for the event: its participants return home after it, and the agency that runs it is this country’s';

/**
 * "Korea International Cooperation Agency (KOICA) will implement a training programme for 15
 * officials … to apply what they learn upon their return": when the text names no place, people who
 * go home after the event were abroad for it, at the country of the national agency that runs it (the
 * owner its name states), when the text names another country besides (the travellers' home). A
 * fallback, as the nation of a body trained is: never over a place the text names. An embassy or an
 * office runs events where it is posted, not at home; two such agencies of different countries: none.
 */
export function abroadProgrammeMentions(
  text: string,
  body: readonly Sentence[],
  bodies: readonly OrganizationMention[],
  countries: readonly CountryMention[],
): PlaceMention[] {
  if (!body.some((s) => RETURN_HOME.test(s.text))) return [];
  const found: { code: string; span: Span; name: string }[] = [];
  for (const b of bodies) {
    if (POSTED_ABROAD.test(b.name)) continue;
    const code = ownerMention(b.name);
    if (code === null) continue;
    const sentence = body.find((s) => s.start <= b.start && s.end >= b.end);
    if (!sentence) continue;
    const runs = RUNS_AFTER.test(text.slice(b.end, sentence.end)) || RUN_BY_BEFORE.test(text.slice(sentence.start, b.start));
    if (runs) found.push({ code, span: { start: b.start, end: b.end }, name: b.name });
  }
  const codes = new Set(found.map((f) => f.code));
  if (codes.size !== 1) return [];
  const [code] = codes;
  if (!countries.some((m) => m.code !== code)) return [];
  return found.map((f) => ({ venue: countryVenue(f.code, f.span, REASON), name: f.name, span: f.span, features: ['national-body'], notes: { 'national-body': NOTE } }));
}
