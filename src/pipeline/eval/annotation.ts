import { z } from 'zod';

/** One place of an annotated event; `city` null where only a region or a country is stated. */
export const AnnotatedVenue = z.object({
  city: z.string().nullable(),
  city_aliases: z.array(z.string()).default([]),
  region: z.string().nullable().optional(),
  country_iso2: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
});
export type AnnotatedVenue = z.infer<typeof AnnotatedVenue>;

/** One hand-annotated release of the evaluation corpus (format v2: the corpus README). */
export const Annotation = z.object({
  file: z.string().min(1),
  title: z.string().nullable().optional(),
  start_date: z.string().nullable(),
  end_date: z.string().nullable(),
  duration_days: z.number().nullable(),
  published_date: z.string().nullable().optional(),
  /** v2: every place the event was held, in text order. */
  venues: z.array(AnnotatedVenue).optional(),
  venue_city: z.string().nullable(),
  venue_city_aliases: z.array(z.string()).default([]),
  venue_country_iso2: z.string().nullable(),
  venue_lat: z.number().nullable(),
  venue_lon: z.number().nullable(),
  participant_count: z.number().nullable(),
  participant_countries_iso2: z.array(z.string()).default([]),
  expert_countries_iso2: z.array(z.string()).default([]),
  organizer_names: z.array(z.string()).default([]),
  people_quoted: z.array(z.object({ name: z.string(), role: z.string().nullable().optional() })).default([]),
  /** Other readings careful annotators accept, by annotation field ("participant_count": [null]). */
  also_ok: z.record(z.string(), z.array(z.unknown())).default({}),
});
export type Annotation = z.infer<typeof Annotation>;

/** The annotated places: v2's `venues`, else the one v1 venue (none when it has no country). */
export function annotatedVenues(a: Annotation): AnnotatedVenue[] {
  if (a.venues) return a.venues;
  if (a.venue_city === null && a.venue_country_iso2 === null) return [];
  const { venue_city: city, venue_city_aliases: city_aliases, venue_country_iso2: country_iso2, venue_lat: lat, venue_lon: lon } = a;
  return [{ city, city_aliases, country_iso2, lat, lon }];
}

export const Annotations = z.array(Annotation);
