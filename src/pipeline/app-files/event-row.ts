import { ROLE_BIT, type CountryPlace, type MapPlace, type Place } from '../../schema/app-files.ts';
import { COUNT_QUALIFIERS, DATE_PRECISIONS, KINDS, type AtlasEvent } from '../../schema/dataset.ts';
import { placeKey } from '../../schema/place-key.ts';
import { timelineDay } from '../../schema/timeline-day.ts';
import { placeLabel } from '../../vocabulary/place-label.ts';

/**
 * What the summary holds of one event, read from that event alone: its columns, and its venues,
 * map places, country-only places, topics, countries (with role bits) and organisers before they
 * become positions in the summary's shared tables. Plain JSON, so a rebuild can keep the rows of
 * unchanged events instead of reading the events again (see src/pipeline/cache/written-build.ts).
 */
export interface EventRow {
  id: string;
  title: string;
  /** Position in KINDS. */
  kind: number;
  startDate: string | null;
  endDate: string | null;
  publishedDate: string | null;
  /** Position in DATE_PRECISIONS; null where the date is null. */
  startPrecision: number | null;
  endPrecision: number | null;
  approximateFrom: string | null;
  approximateTo: string | null;
  /** The dates as written where no day could be read from them (`dates.written`). */
  datesWritten: string | null;
  /** The day the timeline draws the event on (`timelineDay`); null when undated. */
  timelineDay: string | null;
  participantCount: number | null;
  /** Position in COUNT_QUALIFIERS. */
  participantQualifier: number | null;
  /** Every venue as the summary's table holds it, in text order. */
  venues: Place[];
  /** Venues with coordinates, as map places (`placeKey`), in text order. */
  places: MapPlace[];
  /** Venues known only by their country. */
  countryPlaces: CountryPlace[];
  topics: { id: string; label: string }[];
  /** Countries taking part, each once (a country named twice has the roles of both), in text order. */
  countries: { code: string; name: string; roles: number }[];
  /** As the event names them: the build merges them across events (mergeOrganizations). */
  organizers: AtlasEvent['organizers'];
  /** The ids of its other releases (src/pipeline/reports): a link to any of them opens this event. */
  reportIds: string[];
}

const precisionAt = (p: string) => DATE_PRECISIONS.indexOf(p as (typeof DATE_PRECISIONS)[number]);

/** One event → its row. Pure; "Astana" named twice gives one place in `places`, one venue per mention in `venues`. */
export function eventRow(e: AtlasEvent): EventRow {
  return {
    id: e.id,
    title: e.title,
    kind: KINDS.indexOf(e.kind),
    startDate: e.startDate,
    endDate: e.endDate,
    publishedDate: e.publishedDate,
    startPrecision: e.startDate === null ? null : precisionAt(e.dates.start ?? 'stated'),
    endPrecision: e.endDate === null ? null : precisionAt(e.dates.end ?? 'stated'),
    approximateFrom: e.dates.approximate?.from ?? null,
    approximateTo: e.dates.approximate?.to ?? null,
    datesWritten: e.dates.written,
    timelineDay: timelineDay({ startDate: e.startDate, endDate: e.endDate, approximateFrom: e.dates.approximate?.from ?? null }),
    participantCount: e.participantCount?.value ?? null,
    participantQualifier: e.participantCount ? COUNT_QUALIFIERS.indexOf(e.participantCount.qualifier) : null,
    venues: e.venues.map(({ span: _span, reason: _reason, alsoKnownAs: _also, ...place }) => place),
    places: e.venues.flatMap((v) => {
      const key = placeKey(v);
      const precision = v.precision === 'country' ? 'region' : v.precision;
      return key === null ? [] : [{ key, lat: v.lat!, lon: v.lon!, label: placeLabel(v), precision }];
    }),
    // Known only by its country (no coordinates): the map draws it at the country, marked as such.
    countryPlaces: e.venues.flatMap((v) =>
      v.precision === 'country' && placeKey(v) === null && v.countryCode ? [{ code: v.countryCode, label: placeLabel(v) }] : [],
    ),
    topics: e.topics.map((t) => ({ id: t.id, label: t.label })),
    countries: takingPart(e.countries),
    organizers: e.organizers,
    reportIds: (e.reports ?? []).map((r) => r.id),
  };
}

/** Countries with a role, each once: "AF participant" and "AF expert" → AF with both bits, named as first named. */
function takingPart(countries: AtlasEvent['countries']): EventRow['countries'] {
  const out: EventRow['countries'] = [];
  for (const c of countries) {
    // Only named in passing: takes part in nothing, so it is neither filtered on nor counted.
    if (c.roles.length === 0) continue;
    const bits = c.roles.reduce((b, r) => b | ROLE_BIT[r], 0);
    const seen = out.find((o) => o.code === c.code);
    if (seen) seen.roles |= bits;
    else out.push({ code: c.code, name: c.name, roles: bits });
  }
  return out;
}
