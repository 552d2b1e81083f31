import type { Span } from '../../schema/dataset.ts';
import { findCountryMentions } from '../lexicon/countries.ts';
import { NUMBER_PATTERN, parseNumber } from '../lexicon/numbers.ts';
import type { Sentence } from '../text/sentences.ts';
import { maskQuotes } from './date-anchor.ts';

export interface CountMatch {
  count: number;
  span: Span;
}

// People who attend; experts, trainers and speakers are not counted as participants.
const PEOPLE = [
  'participants', 'officers', 'officials', 'representatives', 'officers', 'policemen', 'policewomen',
  'guards', 'students', 'trainees', 'people', 'persons', 'delegates', 'specialists', 'journalists',
  'judges', 'prosecutors', 'members', 'staff', 'instructors', 'teachers', 'educators', 'women', 'men',
  'cadets', 'investigators', 'inspectors', 'lawyers', 'practitioners', 'employees', 'agents',
  'analysts', 'diplomats', 'activists', 'attendees', 'professionals', 'personnel', 'youth', 'leaders',
  'managers', 'heads', 'servants', 'employees', 'mediators', 'observers', 'stakeholders', 'experts',
];
const NOT_PARTICIPANTS = /^(?:experts|trainers)$/i;
const QUALIFIER = '(?:(?:some|about|around|approximately|nearly|almost|over|more than|up to|at least|roughly|a total of)\\s+)?';
// Up to four descriptive words, more when they are a list of nationalities ("13 Greek, Czech and
// Swedish border police officers"); plausible() checks which.
const FILLER = "(?:[\\p{L}’'-]+,?\\s+){0,8}?";
const MAX_FILLER_WORDS = 4;
const COUNT = new RegExp(
  `\\b(${QUALIFIER})(${NUMBER_PATTERN})\\s+(${FILLER})(${PEOPLE.join('|')})\\b`,
  'giu',
);
// Sentences about totals over a project or a period count other people than the event's.
const CUMULATIVE = /\b(?:within|under|throughout|during) the (?:project|programme|program)\b|\bsince (?:\d{4}|its|the)\b|\bto date\b|\bso far\b|\bover the (?:past|last)\b|\bevery year\b|\bannually\b/i;

/**
 * How many took part: "some 60 officers", "Twenty police officers", "More than 80 representatives"
 * (→ 80, the lower bound), "The 19 officers", "Eight Afghan customs officials took part". The first
 * count of people in a sentence not about a project's total wins; quotes, years, ages, "second in
 * a series of five" and "three … systems" are not counts of participants.
 */
export function extractParticipantCount(sentences: readonly Sentence[]): CountMatch | null {
  for (const sentence of sentences) {
    if (CUMULATIVE.test(sentence.text)) continue;
    const text = maskQuotes(sentence.text);
    for (const match of text.matchAll(COUNT)) {
      const [, , number, filler, noun] = match as unknown as string[];
      const count = parseNumber(number!);
      if (!count || count < 2 || count > 100_000 || !plausible(text, match.index, filler!, noun!)) continue;
      const more = andMore(text, match.index + match[0].length);
      const start = sentence.start + match.index;
      return { count: count + (more?.count ?? 0), span: { start, end: start + match[0].length + (more?.length ?? 0) } };
    }
  }
  return null;
}

const AND_MORE = new RegExp(`^\\s+and\\s+(${NUMBER_PATTERN})\\s+(${FILLER})(${PEOPLE.join('|')})\\b`, 'iu');

// "Twelve customs officers and eight border guards" are twenty participants.
function andMore(text: string, at: number): { count: number; length: number } | null {
  const match = AND_MORE.exec(text.slice(at));
  const count = match ? parseNumber(match[1]!) : undefined;
  if (!match || !count || !plausible('', 0, match[2]!, match[3]!)) return null;
  return { count, length: match[0].length };
}

function plausible(text: string, at: number, filler: string, noun: string): boolean {
  const before = text.slice(Math.max(0, at - 20), at);
  // "held by two customs officials", "led by three experts": those are the trainers ("attended by
  // 30 officers" are not).
  if (/\b(?:held|led|conducted|delivered|taught|run|given|facilitated|moderated|presented|mentored|trained)\s+by\s+$/i.test(before)) return false;
  if (/\b(?:of the|with)\s+$/i.test(before)) return false;
  // "age 25", "in 2015 officials", "No. 5", "1 500"
  if (/(?:\d|\bNo\.?|\bage[sd]?)\s*$/i.test(before)) return false;
  if (NOT_PARTICIPANTS.test(noun) && !/\bparticipa|\btook part|\battend/i.test(text)) return false;
  // Words between number and noun must be descriptive, not a clause ("five events dedicated to officers").
  const words = withoutNationalityList(filler);
  if (words.includes(',') || words.split(/\s+/).filter(Boolean).length > MAX_FILLER_WORDS) return false;
  return !/\b(?:of|and|in|to|for|on|at|from|with|who|that|which|years?|months?|days?|weeks?|events?|series)\b/i.test(words);
}

// "Greek, Czech and Swedish border police" → " border police": a list of demonyms is one modifier.
function withoutNationalityList(filler: string): string {
  if (!/\p{Lu}/u.test(filler)) return filler;
  const mentions = findCountryMentions(filler);
  if (mentions.length === 0) return filler;
  let marked = '';
  let at = 0;
  for (const m of mentions) {
    marked += `${filler.slice(at, m.start)}\u0000`;
    at = m.end;
  }
  marked += filler.slice(at);
  return marked.replace(/\u0000(?:\s*,\s*\u0000)*(?:,?\s+and\s+\u0000)?/g, ' ');
}
