import { addDays, toIso, type Day } from './calendar.ts';
import type { ReleaseFacts } from './choose-facts.ts';

/** One entry of expected.json, in the development corpus's annotation format. */
export interface ExpectedRelease {
  file: string;
  source_url: null;
  title: string;
  start_date: string | null;
  end_date: string | null;
  duration_days: number | null;
  venue_city: string;
  venue_city_aliases: string[];
  venue_country_iso2: string;
  venue_lat: number;
  venue_lon: number;
  participant_count: number | null;
  participant_countries_iso2: string[];
  expert_countries_iso2: string[];
  organizer_names: string[];
  organizations_mentioned: string[];
  people_quoted: { name: string; role: string }[];
  notes: string;
}

/**
 * What a careful reader derives from a release written from `facts`, by the corpus README's rules:
 * "four-day … began today" on 3 Nov → 3–6 Nov; "ended today" counts back; a range gives both days.
 */
export function toAnnotation(file: string, title: string, facts: ReleaseFacts, note: string): ExpectedRelease {
  const { venue } = facts;
  const dates = eventDates(facts);
  return {
    file,
    source_url: null,
    title,
    ...dates,
    venue_city: venue.name,
    venue_city_aliases: venue.asciiName !== venue.name ? [venue.asciiName] : [],
    venue_country_iso2: venue.countryCode,
    venue_lat: venue.lat,
    venue_lon: venue.lon,
    participant_count: facts.count,
    participant_countries_iso2: [...facts.participants],
    expert_countries_iso2: [...facts.experts],
    organizer_names: [...facts.organisers],
    organizations_mentioned: [...facts.organisers],
    people_quoted: facts.speakers.map((s) => ({ name: s.name, role: s.role })),
    notes: note,
  };
}

function eventDates(f: ReleaseFacts): Pick<ExpectedRelease, 'start_date' | 'end_date' | 'duration_days'> {
  const t = f.timing;
  if (t.type === 'range') {
    const days = Math.round((Date.UTC(t.end.year, t.end.month - 1, t.end.day) - Date.UTC(t.start.year, t.start.month - 1, t.start.day)) / 86_400_000) + 1;
    return { start_date: toIso(t.start), end_date: toIso(t.end), duration_days: days };
  }
  if (t.days === null) return { start_date: toIso(f.published), end_date: null, duration_days: null };
  const other: Day = addDays(f.published, t.type === 'began' ? t.days - 1 : -(t.days - 1));
  const [start, end] = t.type === 'began' ? [f.published, other] : [other, f.published];
  return { start_date: toIso(start), end_date: toIso(end), duration_days: t.days };
}
