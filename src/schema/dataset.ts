// The dataset contract: the build step validates what it writes with these schemas and the app
// validates what it loads with them. Types are z.infer of the schemas, never written by hand.
import { z } from 'zod';
import { EVENT_ID } from './event-id.ts';
import { Absence, Decision, Evidence, ReportKind, Span as EvidenceSpan } from './evidence.ts';

export const SCHEMA_VERSION = 2;

/** `YYYY-MM-DD` that names a real calendar day (no time zone, so it can never shift a day). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const t = new Date(Date.UTC(y, m - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  }, 'expected a date that exists');

/** ISO 3166-1 alpha-2 (Kosovo is `XK`). */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code');

/**
 * Where a fact was read: a half-open range [start, end) in one release's text (UTF-16 code units, as
 * JavaScript strings index), with its sentence and release (`./evidence.ts`).
 */
export const Span = EvidenceSpan;

export const ROLES = ['host', 'participant', 'expert', 'organizer'] as const;
export const Role = z.enum(ROLES);

export const KINDS = [
  'seminar',
  'training course',
  'training',
  'workshop',
  'conference',
  'roundtable',
  'meeting',
  'exercise',
  'study visit',
  'forum',
  'event',
] as const;
export const Kind = z.enum(KINDS);

/** Where a scalar fact was read from; null when the fact is null or was derived from nothing. */
export const Provenance = z.object({
  title: Span.nullable(),
  startDate: Span.nullable(),
  endDate: Span.nullable(),
  durationDays: Span.nullable(),
  kind: Span.nullable(),
  participantCount: Span.nullable(),
  imageUrl: Span.nullable(),
});

/**
 * How a date was found: `stated` when the text gives the day ("from 6 to 10 December"), `derived`
 * when it follows from other facts ("four-day … began today" on 3 Nov → ends 6 Nov).
 */
export const DATE_PRECISIONS = ['stated', 'derived'] as const;
export const DatePrecision = z.enum(DATE_PRECISIONS);

/** How sure the dates are, beside `startDate`/`endDate` (which stay plain days for sorting and filtering). */
export const DateInfo = z.object({
  /** Null exactly when `startDate` is null. */
  start: DatePrecision.nullable(),
  /** Null exactly when `endDate` is null. */
  end: DatePrecision.nullable(),
  /** A range the event lies in when no day is known ("last week" on 20 Dec → 13–19 Dec). */
  approximate: z.object({ from: IsoDate, to: IsoDate }).nullable(),
  /** The date as written when it could not become a day ("12–16 June, year not stated"). */
  written: z.string().nullable(),
});

/** A place's precision: a town, a named region (or lake, or valley), or only a country. */
export const PLACE_PRECISIONS = ['city', 'region', 'country'] as const;
export const PlacePrecision = z.enum(PLACE_PRECISIONS);

export const Venue = z.object({
  /** The town as the text writes it ("Karaganda"); null for a region- or country-level venue. */
  city: z.string().nullable(),
  /** The gazetteer's name for the place ("Karagandy", "Naryn Region"); null when not geocoded. */
  name: z.string().nullable(),
  /** The region as written ("Chui region"), for a region-level venue; null otherwise. */
  region: z.string().nullable(),
  countryCode: CountryCode.nullable(),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  /** GeoNames id of the matched place; null when the venue could not be placed. */
  geonameId: z.number().int().positive().nullable(),
  precision: PlacePrecision,
  /** Where the text names the place; null only for a place derived from nothing written (never, today). */
  span: Span.nullable(),
  /** Why this place, when it is not read straight from the text ("the dateline: the text names no other place"). */
  reason: z.string().nullable(),
  /**
   * Every other Latin-script name the gazetteer gives the town, one per spelling ("Ust-Kamenogorsk"
   * for Oskemen, "Frunze" for Bishkek), so a search by any of them finds it (the details show a
   * few); absent when it lists none or the venue is not a town.
   */
  alsoKnownAs: z.array(z.string().min(1)).optional(),
});

/** "exact" ("Eight", "214"), "about" ("some 60"), "at least" ("more than 80"). */
export const COUNT_QUALIFIERS = ['exact', 'about', 'at least'] as const;
export const CountQualifier = z.enum(COUNT_QUALIFIERS);
export const ParticipantCount = z.object({ value: z.number().int().positive(), qualifier: CountQualifier });

/**
 * A fact that was derived rather than read, and why, so a person can check it: `field` names it
 * as the dataset does (`endDate`, `venues.1`, `countries.KZ`).
 */
export const Derivation = z.object({ field: z.string().min(1), reason: z.string().min(1) });

export const CountryEvidence = z.object({ role: Role.nullable(), span: Span, /** Why, when the role is implied rather than read ("host country: its officers took part"); null when read. */ reason: z.string().nullable() });

export const EventCountry = z.object({
  code: CountryCode,
  name: z.string().min(1),
  /** Empty when the text names the country without giving it a role (a funder, a place of a decision). */
  roles: z.array(Role),
  evidence: z.array(CountryEvidence).min(1),
});

export const Organization = z.object({
  name: z.string().min(1),
  /** The country the body belongs to ("the US Embassy in Kazakhstan" → US); null for international bodies. */
  countryCode: CountryCode.nullable(),
  span: Span,
  /**
   * The gazetteer's place the name ends with ("OSCE Office in Yerevan" → Yerevan's GeoNames id), so
   * two spellings of the town name one body; absent when the name ends with no known town.
   */
  seatGeonameId: z.number().int().positive().optional(),
  /** The merged body this mention belongs to (the build step's organisers' merge), so nothing joins it back by name. */
  bodyId: z.string().min(1).optional(),
});

export const Person = z.object({
  name: z.string().min(1),
  /** The role as written ("Head of the OSCE Centre in Astana"); null when the text gives none. */
  role: z.string().nullable(),
  span: Span,
});

export const Quote = z.object({
  /** Null when the quote cannot be attributed to a named person. */
  speaker: z.string().nullable(),
  role: z.string().nullable(),
  text: z.string().min(1),
  span: Span,
});

export const Topic = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  spans: z.array(Span).min(1),
});

export const Source = z.object({
  file: z.string().min(1),
  /** SHA-256 of the decoded text, hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The decoded, newline-normalised text every span points into. */
  text: z.string(),
  /** Where the release was published (a saved page's canonical URL, a feed item's link); http(s) only. */
  url: z.url({ protocol: /^https?$/ }).nullable().optional(),
});

/**
 * A release that tells of the event, beside its own `source`: an announcement, a report after it, a
 * republication, a partner's account. Spans with `release: i` point into `reports[i - 1].text`.
 */
export const Report = Source.extend({
  /** The id the release would have on its own: a link to it opens this event. */
  id: z.string().min(1),
  title: z.string().min(1),
  publishedDate: IsoDate.nullable(),
  kind: ReportKind,
  /** The facts of the event this release gave (`startDate`, `participantCount`, `venues.0`). */
  gave: z.array(z.string().min(1)),
  /**
   * Why it was found to tell of this event: the score and named evidence of the pair that joined
   * it (src/pipeline/reports), or null score for a join made by hand (corrections.yaml `sameEventAs`).
   */
  joinedBy: z.object({ with: z.string().min(1), score: z.number().nullable(), evidence: z.array(Evidence) }).optional(),
});

/** A fact set or removed by hand (seeds/corrections.yaml), named as `Derivation.field` names it, and why. */
export const AppliedCorrection = z.object({ field: z.string().min(1), note: z.string().min(1) });


export const Event = z.object({
  /** Stable across runs: derived from the source file name, by the one rule of ./event-id.ts. */
  id: z.string().regex(EVENT_ID),
  source: Source,
  title: z.string().min(1),
  imageUrl: z.url({ protocol: /^https$/ }).nullable(),
  kind: Kind,
  startDate: IsoDate.nullable(),
  endDate: IsoDate.nullable(),
  durationDays: z.number().int().positive().nullable(),
  dates: DateInfo,
  /** The release's own date (its dateline or date line): the publication date, not always the start. */
  publishedDate: IsoDate.nullable(),
  /** Every place the event was held, in the order the text names them; empty when none is known. */
  venues: z.array(Venue),
  participantCount: ParticipantCount.nullable(),
  countries: z.array(EventCountry),
  organizers: z.array(Organization),
  organizations: z.array(Organization),
  people: z.array(Person),
  quotes: z.array(Quote),
  topics: z.array(Topic),
  provenance: Provenance,
  /** Facts derived rather than read, each with its reason. */
  derivations: z.array(Derivation),
  /** Things a person should check ("venue 'Xyz' not found in the gazetteer"). */
  warnings: z.array(z.string()),
  /** Facts set or removed by hand (seeds/corrections.yaml); the app shows the note instead of a span. */
  corrections: z.array(AppliedCorrection).optional(),
  /** How venues, dates and count were decided, where there was more than one candidate: the losers with their evidence. */
  decisions: z.array(Decision).optional(),
  /** Why each null fact (and an event off the map) is null, as extraction saw it. */
  absences: z.array(Absence).optional(),
  /** The other releases telling of this event (its own is `source`), oldest first. */
  reports: z.array(Report).optional(),
});

export const Rejected = z.object({
  file: z.string().min(1),
  /** A sentence a person can act on: what was expected and where. */
  reason: z.string().min(1),
  /** 1-based line the problem was found on, when there is one. */
  line: z.number().int().positive().nullable(),
  /** For a duplicate: the file of the release it repeats. */
  duplicateOf: z.string().nullable(),
});

export const Dataset = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generatedAt: z.iso.datetime(),
  events: z.array(Event),
  rejected: z.array(Rejected),
  /** Build warnings that belong to no event: corrections that could not be applied, with their line. */
  warnings: z.array(z.string()).optional(),
});

export type IsoDate = z.infer<typeof IsoDate>;
export type Span = z.infer<typeof Span>;
export type Role = z.infer<typeof Role>;
export type Kind = z.infer<typeof Kind>;
export type Provenance = z.infer<typeof Provenance>;
export type Venue = z.infer<typeof Venue>;
export type DatePrecision = z.infer<typeof DatePrecision>;
export type DateInfo = z.infer<typeof DateInfo>;
export type PlacePrecision = z.infer<typeof PlacePrecision>;
export type CountQualifier = z.infer<typeof CountQualifier>;
export type ParticipantCount = z.infer<typeof ParticipantCount>;
export type Derivation = z.infer<typeof Derivation>;
export type CountryEvidence = z.infer<typeof CountryEvidence>;
export type EventCountry = z.infer<typeof EventCountry>;
export type Organization = z.infer<typeof Organization>;
export type Person = z.infer<typeof Person>;
export type Quote = z.infer<typeof Quote>;
export type Topic = z.infer<typeof Topic>;
export type Source = z.infer<typeof Source>;
export type Report = z.infer<typeof Report>;
export type AppliedCorrection = z.infer<typeof AppliedCorrection>;
export type AtlasEvent = z.infer<typeof Event>;
export type Rejected = z.infer<typeof Rejected>;
export type Dataset = z.infer<typeof Dataset>;
