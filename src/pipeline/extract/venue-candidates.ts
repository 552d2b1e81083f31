import type { Span } from '../../schema/dataset.ts';
import { MONTH_PATTERN } from '../lexicon/months.ts';
import { maskQuotes } from './date-anchor.ts';

export interface VenueCandidate {
  name: string;
  span: Span;
  /** "in the town of X", "Kazakhstan's capital, X": the text says outright that X is a place. */
  strong: boolean;
}

const PLACE = "[\\p{Lu}][\\p{L}\\-]*(?:\\s[\\p{Lu}][\\p{L}\\-]*){0,2}";
const STRONG = new RegExp(`\\b(?:town|city|village|settlement|resort|capital|capital city)(?: of|,)?\\s+(${PLACE})`, 'gu');
// "held in X", and the destination of a visit ("a study visit to Warsaw").
const WEAK = new RegExp(`\\b(?:in|(?:visit|visits|trip|tour) to)\\s+(${PLACE})`, 'gu');
const NOT_PLACES = new RegExp(
  `^(?:${MONTH_PATTERN}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|English|Russian|The|This|That|It|OSCE|Central Asia|South Caucasus|Eastern Europe|Western Balkans|Europe|Asia|Balkans|Caucasus)\\b`,
  'u',
);

// "from 7 to 9 October in Durres": a date before "in" is not the end of an organisation's name.
const CALENDAR_WORD = new RegExp(`^(?:${MONTH_PATTERN}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b`, 'u');

/**
 * Places the passage names as the event's place, the explicit ones first, then in text order: "began today in Ust-Kamenogorsk",
 * "concluded in the town of Atamurat", "in Kazakhstan's capital, Astana", "at the OSCE Staff College
 * in Dushanbe". A city inside an organisation's name ("the OSCE Centre in Astana", "the US Embassy
 * in Kazakhstan") is not one: a capitalised word right before "in" marks a name, unless the
 * organisation is where the event is ("at the … College in Dushanbe").
 */
export function findVenueCandidates(text: string, offset: number): VenueCandidate[] {
  const masked = maskQuotes(text);
  const found: VenueCandidate[] = [];
  for (const [re, strong] of [[STRONG, true], [WEAK, false]] as const) {
    for (const match of masked.matchAll(re)) {
      const name = trimName(match[1]!);
      const at = match.index + match[0].length - match[1]!.length;
      if (NOT_PLACES.test(name) || (!strong && insideOrganisationName(masked, match.index))) continue;
      if (found.some((c) => c.span.start === offset + at)) continue;
      found.push({ name, span: { start: offset + at, end: offset + at + name.length }, strong });
    }
  }
  // Strong candidates first: "in Kazakhstan's capital, Astana" names Astana outright.
  return found.sort((a, b) => Number(b.strong) - Number(a.strong) || a.span.start - b.span.start);
}

// "Almaty Region" → "Almaty"? No: keep the words, but drop a trailing word that is clearly not a name.
function trimName(name: string): string {
  return name.replace(/\s+(?:Region|Oblast|Province|District)$/u, '');
}

function insideOrganisationName(text: string, inAt: number): boolean {
  const before = text.slice(Math.max(0, inAt - 120), inAt);
  const words = before.trimEnd().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if ((!/^[\p{Lu}]/u.test(last) && !/^\)/.test(last)) || CALENDAR_WORD.test(last)) return false;
  // Walk back over the name ("OSCE Border Management Staff College") to the words that introduce it.
  let i = words.length - 1;
  while (i >= 0 && (/^[\p{Lu}(]/u.test(words[i]!) || /^(?:of|for|and|the|on)$/.test(words[i]!))) i--;
  const intro = words.slice(Math.max(0, i - 1), i + 1).join(' ').toLowerCase();
  return !/\bat$|\bat the$|\bat an?$|\bin the$|\binside$/.test(intro) && !/\bat\b/.test(words[i] ?? '');
}
