import type { AtlasEvent, Kind } from '../../schema/dataset.ts';
import type { Gazetteer } from '../gazetteer/place.ts';
import { findCountry, findCountryMentions } from '../lexicon/countries.ts';
import { splitSentences, type Sentence } from '../text/sentences.ts';
import { bodySentences } from './body-sentences.ts';
import { findDateMentions } from './date-mentions.ts';
import { extractDateline, type Dateline } from './dateline.ts';
import { extractCountries } from './countries.ts';
import { extractDuration } from './duration.ts';
import { resolveEventDates, type EventDates } from './event-dates.ts';
import { extractImage } from './image.ts';
import { findImpossibleDates } from './impossible-dates.ts';
import { extractKind } from './kind.ts';
import { extractOrganizations } from './organizations.ts';
import { extractParticipantCount } from './participant-count.ts';
import { extractPeopleAndQuotes } from './people.ts';
import { extractTitle, type TitleMatch } from './title.ts';
import { extractTopics } from './topics.ts';
import { extractVenue, type VenueResult } from './venue.ts';

export interface ExtractContext {
  /** File name, for messages only: extraction never depends on it. */
  file: string;
  gazetteer: Gazetteer;
}

/** Everything in an event except what the build step adds (id, source). */
export type ExtractedEvent = Omit<AtlasEvent, 'id' | 'source'>;

export type ExtractResult =
  | { ok: true; event: ExtractedEvent }
  /** reason: a sentence a person can act on; line: 1-based, where known. */
  | { ok: false; reason: string; line: number | null };

const EVENT_SENTENCES = 2;

/**
 * Pure: (normalised text, context) → event or a rejection. Never throws.
 * `text` has had its BOM removed and line endings normalised to \n; spans index into it.
 * A release is rejected only when it cannot become an event: no title (or the dateline first), no
 * date anywhere, or a dateline date that does not exist; everything else becomes an event, with
 * warnings to check.
 */
export function extractEvent(text: string, ctx: ExtractContext): ExtractResult {
  try {
    return extract(text, ctx);
  } catch (error) {
    // A safety net, not a code path: the property test shows the extractors do not throw.
    return { ok: false, reason: `extraction failed unexpectedly: ${String(error)}`, line: null };
  }
}

function extract(text: string, ctx: ExtractContext): ExtractResult {
  const title = extractTitle(text);
  if (!title) return { ok: false, reason: 'the release is empty: expected a title on the first line', line: 1 };
  const dateline = extractDateline(text);
  // A release that opens with its dateline has no title; the dateline must not be taken for one.
  if (dateline && dateline.line <= title.line) {
    return { ok: false, reason: `line ${dateline.line}: expected a title line before the dateline`, line: dateline.line };
  }
  const sentences = splitSentences(text);
  const body = bodySentences(sentences, title.span.end);
  const when = extractWhen(text, title, dateline, body);
  if (!when.ok) return when;
  const venue = extractWhere(text, dateline, body, ctx.gazetteer);
  const kind = extractKind([...body.slice(0, 1), { text: title.value, start: title.span.start }, ...body.slice(1, 3)]);
  const count = extractParticipantCount(body);
  const image = extractImage(text);
  const who = extractWho(text, sentences, venue);
  const event: ExtractedEvent = {
    title: title.value,
    imageUrl: image?.ok ? image.url : null,
    kind: kind?.kind ?? ('event' satisfies Kind),
    ...when.dates.values,
    publishedDate: when.publishedDate,
    venue: venue.venue,
    participantCount: count?.count ?? null,
    ...who,
    topics: extractTopics(text),
    provenance: {
      title: title.span,
      ...when.dates.spans,
      kind: kind?.span ?? null,
      venue: venue.span,
      participantCount: count?.span ?? null,
      imageUrl: image?.ok ? image.span : null,
    },
    warnings: [...when.dates.warnings, ...venue.warnings, ...(image && !image.ok ? [image.warning] : [])],
  };
  return { ok: true, event };
}

type When =
  | { ok: true; publishedDate: string | null; dates: { values: Pick<ExtractedEvent, 'startDate' | 'endDate' | 'durationDays'> } & EventDates }
  | { ok: false; reason: string; line: number };

// The dateline's day and the event's days, or the rejection of a release with no usable date.
function extractWhen(text: string, title: TitleMatch, dateline: Dateline | null, body: readonly Sentence[]): When {
  if (dateline && !dateline.date.iso) {
    const reason = `line ${dateline.line}: the dateline date '${dateline.date.written}' does not exist`;
    return { ok: false, reason, line: dateline.line };
  }
  const published = dateline?.date.iso ? { iso: dateline.date.iso, span: dateline.date.span } : null;
  const mentions = findDateMentions(text, published ? Number(published.iso.slice(0, 4)) : yearOfFirstDate(text));
  // A day that does not exist is never guessed at: it rejects a release that has no other date,
  // and is named in a warning otherwise, the same way the dateline's date is named above.
  const impossible = findImpossibleDates(text);
  if (!published && mentions.length === 0) {
    const [first] = impossible;
    if (first) return { ok: false, reason: `line ${first.line}: the date '${first.written}' does not exist`, line: first.line };
    const line = title.line + 1;
    const reason = `line ${line}: expected a dateline like 'CITY, Country, 3 November 2014 –' or a date in the text`;
    return { ok: false, reason, line };
  }
  const resolved = resolveEventDates({ published, body, mentions, duration: extractDuration(body) });
  const ignored = impossible.map((d) => `line ${d.line}: the date '${d.written}' does not exist; it was ignored`);
  const dates = { ...resolved, warnings: [...ignored, ...resolved.warnings] };
  const values = { startDate: dates.startDate, endDate: dates.endDate, durationDays: dates.durationDays };
  return { ok: true, publishedDate: published?.iso ?? null, dates: { ...dates, values } };
}

function extractWhere(text: string, dateline: Dateline | null, body: readonly Sentence[], gazetteer: Gazetteer): VenueResult {
  const datelineCountryCode = datelineCountry(dateline, gazetteer);
  return extractVenue({
    dateline,
    eventSentences: body.slice(0, EVENT_SENTENCES),
    countryCodes: countryHints(datelineCountryCode, text),
    datelineCountryCode,
    gazetteer,
  });
}

// Who took part, organised and spoke: the other extractors, given the host (venue) country.
function extractWho(
  text: string,
  sentences: readonly Sentence[],
  venue: VenueResult,
): Pick<ExtractedEvent, 'countries' | 'organizers' | 'organizations' | 'people' | 'quotes'> {
  const hostCode = venue.venue.countryCode;
  const { organizers, organizations } = extractOrganizations(text, sentences, { hostCode });
  const hostSpan = venue.span && hostCode ? { hostSpan: venue.span } : {};
  const countries = extractCountries(text, sentences, { hostCode, organizers, ...hostSpan });
  const { people, quotes } = extractPeopleAndQuotes(text, sentences);
  return { countries, organizers, organizations, people, quotes };
}

// The dateline's country as written ("Kazakhstan"), else the country of its city ("SKOPJE" → MK).
function datelineCountry(dateline: Dateline | null, gazetteer: Gazetteer): string | null {
  if (!dateline) return null;
  if (dateline.country) return findCountry(dateline.country.text)?.code ?? null;
  // Several towns ("ALMATY / BISHKEK") give a country only when they all lie in it.
  const codes = new Set(dateline.cities.map((city) => geocodeCountry(city, gazetteer)));
  return codes.size === 1 ? [...codes][0]! : null;
}

function geocodeCountry(city: string, gazetteer: Gazetteer): string | null {
  try {
    return gazetteer.geocode(city, {})?.countryCode ?? null;
  } catch {
    return null;
  }
}

// Geocoding prefers the dateline's country, then the countries the text names, in order of mention.
function countryHints(datelineCountryCode: string | null, text: string): string[] {
  const named = findCountryMentions(text).map((m) => m.code);
  return [...new Set([...(datelineCountryCode ? [datelineCountryCode] : []), ...named])];
}

// Without a dateline, "from 6 to 10 December" takes its year from the first full date in the text.
function yearOfFirstDate(text: string): number | null {
  const first = findDateMentions(text, null)[0];
  return first ? Number(first.start.slice(0, 4)) : null;
}
