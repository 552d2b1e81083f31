import type { Organization } from '../schema/app-files.ts';
import type { AtlasEvent, Role, Span, Venue } from '../schema/dataset.ts';
import { REPORT_KIND_LABELS } from '../schema/report-kind-label.ts';

/** One event as an analyst takes it away: every fact, how sure it is, and the sentence it came from. */
export interface ExportRecord {
  id: string;
  title: string;
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
  participant_count: string;
  participant_qualifier: string;
  participant_count_sentence: string;
  hosts: string;
  participants: string;
  experts: string;
  organizer_countries: string;
  countries_sentence: string;
  organizers: string;
  organizers_sentence: string;
  source_file: string;
  /** Every release that tells of the event, its own first: "a.txt; b.txt (report, after the event)". */
  sources: string;
  derived: string;
}

/** The column order of the CSV, and the property order of each GeoJSON feature. */
export const EXPORT_COLUMNS: readonly (keyof ExportRecord)[] = [
  'id', 'title', 'start_date', 'start_precision', 'end_date', 'end_precision', 'approximate_from', 'approximate_to',
  'date_as_written', 'date_sentence', 'venues', 'venue_sentence', 'participant_count', 'participant_qualifier',
  'participant_count_sentence', 'hosts', 'participants', 'experts', 'organizer_countries', 'countries_sentence',
  'organizers', 'organizers_sentence', 'source_file', 'sources', 'derived',
];

/** "Aktau (KZ, city, 43.65 51.16)": a place as text, with its precision and coordinates. */
export function venueText(v: Venue): string {
  const name = v.city ?? v.region ?? v.name ?? v.countryCode ?? 'unknown place';
  const where = [v.countryCode, v.precision, v.lat !== null && v.lon !== null ? `${v.lat} ${v.lon}` : null].filter(Boolean).join(', ');
  return `${name} (${where})`;
}

/**
 * The sentences of `text` the spans fall in, each once, in text order: a sentence ends at ". ",
 * "! ", "? " or a line break. Empty for no span.
 */
export function sentencesOf(textOf: string | ((span: Span) => string), spans: readonly (Span | null | undefined)[]): string {
  const found: string[] = [];
  for (const span of [...spans].filter((s): s is Span => !!s).sort((a, b) => (a.release ?? 0) - (b.release ?? 0) || a.start - b.start)) {
    // A span of an event told by several releases points into its own release (span.release).
    const text = typeof textOf === 'string' ? textOf : textOf(span);
    const before = text.slice(0, span.start);
    const start = Math.max(before.lastIndexOf('\n') + 1, ...['. ', '! ', '? '].map((p) => (before.lastIndexOf(p) >= 0 ? before.lastIndexOf(p) + 2 : 0)));
    const rest = text.slice(span.end);
    const ends = [rest.indexOf('\n'), ...['. ', '! ', '? '].map((p) => (rest.indexOf(p) >= 0 ? rest.indexOf(p) + 1 : -1))].filter((i) => i >= 0);
    const end = span.end + (ends.length ? Math.min(...ends) : rest.length);
    const sentence = text.slice(start, end).trim();
    if (sentence && !found.includes(sentence)) found.push(sentence);
  }
  return found.join(' … ');
}

function codesWith(e: AtlasEvent, role: Role): string {
  return e.countries.filter((c) => c.roles.includes(role)).map((c) => c.code).join(' ');
}

/**
 * An event → its export record. Organisers are named as the build step merged them (one name per
 * body, see the summary's organisers), so an export counts each body once under one name.
 */
export function exportRecord(e: AtlasEvent, organizations: readonly Organization[]): ExportRecord {
  const text = (s: Span) => (s.release ? (e.reports?.[s.release - 1]?.text ?? e.source.text) : e.source.text);
  const p = e.provenance;
  const merged = new Map(organizations.flatMap((o) => o.variants.map((v) => [v, o.name] as const)));
  const roleSpans = e.countries.flatMap((c) => c.evidence.filter((x) => x.role === 'participant' || x.role === 'expert').map((x) => x.span));
  return {
    id: e.id,
    title: e.title,
    start_date: e.startDate ?? '',
    start_precision: e.dates.start ?? '',
    end_date: e.endDate ?? '',
    end_precision: e.dates.end ?? '',
    approximate_from: e.dates.approximate?.from ?? '',
    approximate_to: e.dates.approximate?.to ?? '',
    date_as_written: e.dates.written ?? '',
    date_sentence: sentencesOf(text, [p.startDate, p.endDate]),
    venues: e.venues.map(venueText).join('; '),
    venue_sentence: sentencesOf(text, e.venues.map((v) => v.span)),
    participant_count: e.participantCount ? String(e.participantCount.value) : '',
    participant_qualifier: e.participantCount?.qualifier ?? '',
    participant_count_sentence: sentencesOf(text, [p.participantCount]),
    hosts: codesWith(e, 'host'),
    participants: codesWith(e, 'participant'),
    experts: codesWith(e, 'expert'),
    organizer_countries: codesWith(e, 'organizer'),
    countries_sentence: sentencesOf(text, roleSpans),
    organizers: [...new Set(e.organizers.map((o) => merged.get(o.name) ?? o.name))].join('; '),
    organizers_sentence: sentencesOf(text, e.organizers.map((o) => o.span)),
    source_file: e.source.file,
    sources: [e.source.file, ...(e.reports ?? []).map((r) => `${r.file} (${REPORT_KIND_LABELS[r.kind]})`)].join('; '),
    derived: e.derivations.map((d) => `${d.field}: ${d.reason}`).join('; '),
  };
}
