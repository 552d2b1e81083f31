import { countryName } from '../vocabulary/country-names.ts';
import { DATE_PRECISION_WORDS, formatEventDates, recordDates } from '../vocabulary/format-dates.ts';
import { PLACE_PRECISION_WORDS, placeLabel } from '../vocabulary/place-label.ts';
import { spanSentences } from '../vocabulary/span-sentence.ts';
import type { AtlasEvent, Role, Venue } from '../schema/dataset.ts';
import { REPORT_KIND_LABELS } from '../schema/report-kind-label.ts';

/** One event as an analyst takes it away: every fact, how sure it is, and the sentence it came from. */
export interface ExportRecord {
  id: string;
  title: string;
  /** The dates in the product's words ("3–6 November 2014", "began 9 May 2011 (end not stated)"). */
  dates: string;
  published_date: string;
  start_date: string;
  start_precision: string;
  end_date: string;
  end_precision: string;
  approximate_from: string;
  approximate_to: string;
  date_as_written: string;
  date_sentence: string;
  venues: string;
  venue_sentence: string;
  /** A number in GeoJSON; a CSV writes it as digits. */
  participant_count: number | null;
  participant_qualifier: string;
  participant_count_sentence: string;
  hosts: string;
  participants: string;
  experts: string;
  organizer_countries: string;
  countries_sentence: string;
  organizers: string;
  organizers_sentence: string;
  topics: string;
  people: string;
  source_file: string;
  /** Every release that tells of the event, its own first: "a.txt; b.txt (report, after the event)". */
  sources: string;
  derived: string;
}

/** The column order of the CSV, and the property order of each GeoJSON feature. */
export const EXPORT_COLUMNS: readonly (keyof ExportRecord)[] = [
  'id', 'title', 'dates', 'published_date', 'start_date', 'start_precision', 'end_date', 'end_precision', 'approximate_from', 'approximate_to',
  'date_as_written', 'date_sentence', 'venues', 'venue_sentence', 'participant_count', 'participant_qualifier',
  'participant_count_sentence', 'hosts', 'participants', 'experts', 'organizer_countries', 'countries_sentence',
  'organizers', 'organizers_sentence', 'topics', 'people', 'source_file', 'sources', 'derived',
];

/** "Aktau (Kazakhstan, town, 43.65 51.16)": a place in the vocabulary's words, with its coordinates. */
export function venueText(v: Venue): string {
  const where = [v.countryCode ? countryName(v.countryCode) : null, PLACE_PRECISION_WORDS[v.precision], v.lat !== null && v.lon !== null ? `${v.lat} ${v.lon}` : null].filter(Boolean).join(', ');
  return `${placeLabel(v)} (${where})`;
}

function codesWith(e: AtlasEvent, role: Role): string {
  return e.countries.filter((c) => c.roles.includes(role)).map((c) => c.code).join(' ');
}

/**
 * An event → its export record. `bodies` are the event's organisers as the build step merged them
 * (the summary's `organizerRows`: one name per body), so an export counts each body once under one
 * name and never matches names itself.
 */
export function exportRecord(e: AtlasEvent, bodies: readonly { name: string }[]): ExportRecord {
  const text = e.source.text;
  const p = e.provenance;
  const roleSpans = e.countries.flatMap((c) => c.evidence.filter((x) => x.role === 'participant' || x.role === 'expert').map((x) => x.span));
  return {
    id: e.id,
    title: e.title,
    published_date: e.publishedDate ?? '',
    start_date: e.startDate ?? '',
    dates: formatEventDates(recordDates(e), 'export'),
    start_precision: e.dates.start ? DATE_PRECISION_WORDS[e.dates.start] : '',
    end_date: e.endDate ?? '',
    end_precision: e.dates.end ? DATE_PRECISION_WORDS[e.dates.end] : '',
    approximate_from: e.dates.approximate?.from ?? '',
    approximate_to: e.dates.approximate?.to ?? '',
    date_as_written: e.dates.written ?? '',
    date_sentence: spanSentences(text, [p.startDate, p.endDate]),
    venues: e.venues.map(venueText).join('; '),
    venue_sentence: spanSentences(text, e.venues.map((v) => v.span)),
    participant_count: e.participantCount?.value ?? null,
    participant_qualifier: e.participantCount?.qualifier ?? '',
    participant_count_sentence: spanSentences(text, [p.participantCount]),
    hosts: codesWith(e, 'host'),
    participants: codesWith(e, 'participant'),
    experts: codesWith(e, 'expert'),
    organizer_countries: codesWith(e, 'organizer'),
    countries_sentence: spanSentences(text, roleSpans),
    organizers: bodies.map((b) => b.name).join('; '),
    organizers_sentence: spanSentences(text, e.organizers.map((o) => o.span)),
    topics: e.topics.map((t) => t.label).join('; '),
    people: e.people.map((x) => (x.role ? `${x.name} (${x.role})` : x.name)).join('; '),
    source_file: e.source.file,
    sources: [e.source.file, ...(e.reports ?? []).map((r) => `${r.file} (${REPORT_KIND_LABELS[r.kind]})`)].join('; '),
    derived: e.derivations.map((d) => `${d.field}: ${d.reason}`).join('; '),
  };
}
