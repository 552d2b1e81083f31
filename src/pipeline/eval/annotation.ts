import { z } from 'zod';

/** One hand-annotated release of the evaluation corpus (format: the corpus README). */
export const Annotation = z.object({
  file: z.string().min(1),
  title: z.string().nullable().optional(),
  start_date: z.string().nullable(),
  end_date: z.string().nullable(),
  duration_days: z.number().nullable(),
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
});
export type Annotation = z.infer<typeof Annotation>;

export const Annotations = z.array(Annotation);
