import { addDays, daysInMonth, type Day } from './calendar.ts';
import { FIELD_OFFICES, EVENT_KINDS, GENERIC_ORGANISERS, NATIONAL_BODIES, TOPICS, AUDIENCES, FIRST_NAMES, LAST_NAMES, SPEAKER_ROLES, QUOTE_LINES, type EventKind } from './vocabulary.ts';
import { chance, int, pick, sample, type Rng } from './prng.ts';
import { OSCE_CODES, stateNames } from './osce-states.ts';
import { pickVenue, type Venue, type VenuePool } from './venue-pool.ts';

/** How the text ties the event to its days (each gives a careful reader different facts). */
export type Timing =
  | { type: 'began'; days: number | null }
  | { type: 'ended'; days: number }
  | { type: 'range'; start: Day; end: Day; statesDays: boolean };

export interface Speaker {
  name: string;
  honorific: string | null;
  role: string;
  line: string;
}

/** Everything a release states, chosen before a word is written: the expected facts derive from it. */
export interface ReleaseFacts {
  venue: Venue;
  datelineCountry: boolean;
  published: Day;
  timing: Timing;
  kind: EventKind;
  topic: string;
  audience: string;
  count: number | null;
  hostTakesPart: boolean;
  participants: readonly string[];
  experts: readonly string[];
  organisers: readonly string[];
  speakers: readonly Speaker[];
  image: boolean;
}

export function chooseFacts(rng: Rng, pool: VenuePool): ReleaseFacts {
  const venue = pickVenue(rng, pool);
  const others = OSCE_CODES.filter((c) => c !== venue.countryCode && c !== 'VA');
  const foreign = sample(rng, others, pick(rng, [0, 0, 1, 2, 3, 4]));
  const experts = sample(rng, others.filter((c) => !foreign.includes(c)), pick(rng, [0, 1, 1, 2, 3]));
  const hostTakesPart = foreign.length === 0 || chance(rng, 0.7);
  const { published, timing } = chooseTiming(rng);
  const organisers = chooseOrganisers(rng, venue.countryCode);
  return {
    venue,
    // Only capitals are well enough known to stand in a dateline without their country.
    datelineCountry: !venue.capital || chance(rng, 0.5),
    published,
    timing,
    kind: pick(rng, EVENT_KINDS),
    topic: pick(rng, TOPICS),
    audience: pick(rng, AUDIENCES),
    count: chance(rng, 0.9) ? int(rng, 8, 95) : null,
    hostTakesPart,
    participants: hostTakesPart ? [venue.countryCode, ...foreign] : foreign,
    experts,
    organisers,
    speakers: Array.from({ length: pick(rng, [0, 1, 1, 2]) }, () => chooseSpeaker(rng, organisers[0]!)),
    image: chance(rng, 0.3),
  };
}

function chooseTiming(rng: Rng): { published: Day; timing: Timing } {
  const year = int(rng, 2004, 2024);
  const month = int(rng, 1, 12);
  const day = int(rng, 1, daysInMonth(year, month));
  const days = pick(rng, [1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 7, 14]);
  const roll = rng.next();
  if (roll < 0.4) return { published: { year, month, day }, timing: { type: 'began', days: chance(rng, 0.8) ? days : null } };
  if (roll < 0.6) return { published: { year, month, day }, timing: { type: 'ended', days } };
  // A range announced a few days ahead, within the dateline's year (the year a reader assumes).
  const start = addDays({ year, month: Math.max(2, month), day: 1 }, day - 1);
  const end = addDays(start, Math.min(days, 5) - 1);
  const published = addDays(start, -int(rng, 1, 20));
  if (end.year !== year || published.year !== year) return { published: start, timing: { type: 'began', days } };
  return { published, timing: { type: 'range', start, end, statesDays: chance(rng, 0.5) } };
}

function chooseOrganisers(rng: Rng, host: string): string[] {
  const first = FIELD_OFFICES[host] ?? pick(rng, GENERIC_ORGANISERS);
  const second = chance(rng, 0.5)
    ? `${pick(rng, NATIONAL_BODIES)} ${stateNames(host).name}`
    : pick(rng, GENERIC_ORGANISERS.filter((o) => o !== first));
  return chance(rng, 0.75) ? [first, second] : [first];
}

function chooseSpeaker(rng: Rng, office: string): Speaker {
  return {
    name: `${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}`,
    honorific: chance(rng, 0.2) ? 'Ambassador' : null,
    role: pick(rng, SPEAKER_ROLES).replace('{office}', office),
    line: pick(rng, QUOTE_LINES),
  };
}
