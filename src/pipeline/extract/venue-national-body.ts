import type { Span } from '../../schema/dataset.ts';
import { findCountryMentions } from '../lexicon/countries.ts';
import { allMatches } from '../text/all-matches.ts';
import type { Sentence } from '../text/sentences.ts';
import { countryVenue } from './venue.ts';
import type { PlaceMention } from './venue-mentions.ts';

// The people or force a national body trains: "Ukrainian police", "the Brunei Police Force", "officers of the Peruvian Police".
const FORCE =
  '(?:[Nn]ational\\s+)?(?:[Pp]olice(?:men|women)?|[Cc]ustoms|[Bb]order\\s+(?:[Gg]uards?|[Pp]olice)|[Cc]onstabulary|[Dd]efen[cs]e\\s+[Ff]orces?|[Aa]rmed\\s+[Ff]orces|[Aa]rmy|[Nn]avy|[Cc]oast\\s+[Gg]uard|[Gg]endarmerie|judges|prosecutors|cadets|civil\\s+servants)\\b';
// "Georgian and Latvian police": each nation of a list before the force.
const FORCE_AFTER = new RegExp(`^\\s*(?:(?:,|and|&)\\s*)?(?:\\p{Lu}[\\p{L}-]*,?\\s+(?:and\\s+)?){0,3}${FORCE}`, 'u');
// "the Counter Narcotics Police of Afghanistan", "the National Police of Peru".
const FORCE_OF_BEFORE = new RegExp(`\\b(?:Police|Customs|Constabulary|Gendarmerie|Army|Navy|Guard|Forces?|Service)\\s+of\\s+(?:the\\s+)?$`, 'u');
// "The course was hosted by the Royal Brunei Police Force": the host's nation.
const HOSTED_BY = /\bhosted\s+by\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|of|the)){0,6})/gu;

// "The Diplomatic Training Institute of the Ministry of Foreign Affairs of Georgia completed a training":
// a state body "of" the country, the subject of a verb that runs the event, in the lead.
const STATE_BODY_OF_BEFORE =
  /\b(?:Ministry|Institute|Academy|School|College|Court|Agency|Service|Office|Council|Commission|Centre|Center|University|Committee|Department|Inspectorate)\b[^.;,()]{0,80}?\bof\s+(?:the\s+)?$/u;
const RUNS_EVENT_AFTER = /^\s+(?:has\s+|have\s+|had\s+)?(?:successfully\s+)?(?:held|organi[sz]ed|conducted|completed|hosted|ran|delivered|trained|launched)\s/u;

const PARTICIPANTS = /\b(?:participants|trainees|attendees|graduates)\s+(?:were|came|included|was|are|drawn)\b/iu;

const REASON = "no place the text names for the event could be placed: the country whose national body took part or hosted";

// The country closes the name of a state body that runs the event: "the Institute … of Georgia completed a training".
function runsEvent(text: string, m: { start: number; end: number; form: string }): boolean {
  return m.form !== 'adjective' && RUNS_EVENT_AFTER.test(text.slice(m.end)) && STATE_BODY_OF_BEFORE.test(text.slice(Math.max(0, m.start - 120), m.start));
}

/**
 * When the text names no place for the event, the country of the one national body it is about:
 * the people trained in the title, the lead or a sentence on who took part ("Ukrainian police complete
 * public order training", "a course for the Counter Narcotics Police of Afghanistan", "Participants
 * were from the Jamaica Constabulary Force"), the host ("hosted by the Royal
 * Brunei Police Force") or the state body that runs it, as the lead's subject ("The Institute of the
 * Ministry of Foreign Affairs of Georgia completed a training …": a state body works in its country). A fallback, tried only after every place the text names has lost: it
 * never outweighs a named place or a dateline. Several such countries: none.
 */
export function nationalBodyMentions(title: { value: string; start: number }, body: readonly Sentence[]): PlaceMention[] {
  const found: { code: string; span: Span; name: string }[] = [];
  // The title, the lead, and the sentences that say who took part ("Participants were from the Jamaica Constabulary Force").
  const segments = [{ text: title.value, start: title.start }, ...body.filter((s, i) => i === 0 || PARTICIPANTS.test(s.text))];
  for (const s of segments) {
    for (const m of findCountryMentions(s.text)) {
      const force = FORCE_AFTER.test(s.text.slice(m.end)) || FORCE_OF_BEFORE.test(s.text.slice(Math.max(0, m.start - 60), m.start)) || runsEvent(s.text, m);
      if (force) found.push({ code: m.code, span: { start: s.start + m.start, end: s.start + m.end }, name: m.text });
    }
  }
  for (const s of body) {
    for (const h of allMatches(HOSTED_BY, s.text)) {
      for (const m of findCountryMentions(h[1]!)) {
        const at = h.index + h[0].indexOf(h[1]!) + m.start;
        found.push({ code: m.code, span: { start: s.start + at, end: s.start + at + m.text.length }, name: m.text });
      }
    }
  }
  const codes = new Set(found.map((f) => f.code));
  if (codes.size !== 1) return [];
  return found.map((f) => ({ venue: countryVenue(f.code, f.span, REASON), name: f.name, span: f.span, features: ['national-body'] }));
}
