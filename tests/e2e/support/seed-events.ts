import { inject } from 'vitest';

/** What the tests need to know about an event in the built dataset. */
export interface SeedEvent {
  id: string;
  title: string;
  city: string | null;
  startDate: string | null;
  imageUrl: string | null;
}

/** The built event held in `city` (from dist/data/dataset.json); throws when there is none. */
export function seedEvent(city: string): SeedEvent {
  const event = inject('events').find((e) => e.city === city);
  if (!event) throw new Error(`The built dataset has no event in ${city}: ${JSON.stringify(inject('events').map((e) => e.city))}`);
  return event;
}
