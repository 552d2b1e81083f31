// The contract of seeds/corrections.yaml, a file a person edits: each entry fixes facts of one
// release, in the dataset's own field names and shapes or in the short forms below, and says why.
// The build step applies the entries after extraction; the app shows "corrected by hand: <note>"
// instead of a source span.
import { z } from 'zod';
import { CountryCode, Event, ROLES, Role, Venue } from './dataset.ts';
import { ReportRule } from './report-rule.ts';

/** The facts a correction may set: every fact of an event, not its identity, source or bookkeeping. */
export const CORRECTABLE_FIELDS = [
  'title', 'imageUrl', 'kind', 'startDate', 'endDate', 'durationDays', 'dates', 'publishedDate', 'venues',
  'participantCount', 'countries', 'organizers', 'organizations', 'people', 'quotes', 'topics',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/**
 * A place by name, resolved by the gazetteer when the data is built: a town and its country's code
 * ("Kasese, UG"), a town alone ("Kasese": the gazetteer's likeliest), or a code alone ("UG": the
 * country, for an event placed only at country level). A name the gazetteer does not know fails
 * the build with its line.
 */
export const PlaceName = z
  .string()
  .trim()
  .regex(/^(?:[A-Z]{2}|[^,]*\p{L}[^,]*(?:,\s*[A-Z]{2})?)$/u, "expected a place as 'Town, CC' (Kasese, UG), 'Town', or a country code alone (UG)")
  .meta({ description: "A place by name, resolved by the gazetteer at build time: 'Town, CC' (\"Kasese, UG\"), 'Town' alone, or a country's code alone (\"UG\", a country-level venue). An unknown name fails the build with its line." });

const settable = Object.fromEntries(CORRECTABLE_FIELDS.map((f) => [f, Event.shape[f].optional()])) as {
  [F in CorrectableField]: z.ZodOptional<(typeof Event.shape)[F]>;
};

/** `set`: any fact in the dataset's shape; `venues` also by place name (`["Kasese, UG", "UG"]`). */
export const CorrectionSet = z
  .strictObject({ ...settable, venues: z.array(z.union([PlaceName, Venue])).optional() })
  .meta({ description: 'Facts replaced whole, in the dataset\'s field names and shapes; venues also by place name: venues: ["Kasese, UG", "UG"].' });

/** A body's name as a correction gives it. */
const BodyName = z.string().trim().min(1, 'expected a name');

/**
 * `add`: facts appended to the event's, each as short as it can be:
 * `venues: ["Kasese, UG"]`, `countries: { AF: [participant] }` (a role of a country, which is added
 * if the event does not name it), `organizers: ["UNODC"]`, `people: [{ name: "Ann Lee", role: "Trainer" }]`.
 */
export const CorrectionAdd = z.strictObject({
  venues: z.array(PlaceName).min(1).optional(),
  countries: z.record(CountryCode, z.array(Role).min(1, `expected roles: ${ROLES.join(', ')}`)).optional(),
  organizers: z.array(BodyName).min(1).optional(),
  organizations: z.array(BodyName).min(1).optional(),
  people: z.array(z.strictObject({ name: BodyName, role: z.string().trim().min(1).nullable().optional() })).min(1).optional(),
}).meta({ description: 'Facts added to the event\'s: venues: ["Kasese, UG"]; countries: { AF: [participant] } (one role of a country; the country is added if the event does not name it); organizers: ["UNODC"]; organizations; people: [{ name: "Ann Lee", role: "Trainer" }].' });

/** A person's name and role as fixed: a new name (a string), or `{ name?, role? }` (role null: none). */
const PersonFix = z.union([BodyName, z.strictObject({ name: BodyName.optional(), role: z.string().trim().min(1).nullable().optional() })]);

/**
 * `rename`: a body or person by the name the event gives it → the right one. Renaming an organiser
 * to another organiser's name merges the two: `organizers: { "OSCE Centre": "OSCE Centre in Bishkek" }`;
 * `people: { "Jon Smith": "John Smith", "Ann Lee": { role: "Head of Office" } }`.
 */
export const CorrectionRename = z.strictObject({
  organizers: z.record(BodyName, BodyName).optional(),
  organizations: z.record(BodyName, BodyName).optional(),
  people: z.record(BodyName, PersonFix).optional(),
}).meta({ description: 'A body or person by the name the event gives it → the right one: organizers: { "OSCE Centre": "OSCE Centre in Bishkek" } (renaming to another organiser\'s name merges the two); people: { "Jon Smith": "John Smith", "Ann Lee": { role: "Head of Office" } }.' });

/**
 * `field` (a nullable fact → null, a list → empty), or `field.KEY`: a country by code
 * (`countries.IR`, all its roles) or one role of it (`countries.AF.organizer`), a topic by id
 * (`topics.gender`), an organiser, organisation or person by name (`organizers.UNODC`), a venue by
 * town or code (`venues.Kasese`), any list item by position (`venues.1`).
 */
const COUNTRY_PATH = new RegExp(`^countries\\.[A-Z]{2}(?:\\.(?:${ROLES.join('|')}))?$`);

export const FactPath = z
  .string()
  .regex(/^[a-zA-Z]+(?:\.\S.*)?$/, "expected a fact as 'field' or 'field.KEY' (countries.IR, countries.AF.organizer, venues.1, organizers.UNODC)")
  .refine((p) => !p.startsWith('countries.') || COUNTRY_PATH.test(p), {
    message: `expected a country as countries.XX or one of its roles as countries.XX.ROLE (${ROLES.join(', ')})`,
  })
  .meta({ description: "A fact to remove: 'field' (null or empty), countries.AF (all its roles), countries.AF.organizer (one role), topics.ID, organizers.NAME, organizations.NAME, people.NAME, venues.TOWN or venues.N (by position)." });

export const Correction = z
  .strictObject({
    /** The release: its file in the seeds folder, or `feed-file#guid` for a feed item. */
    file: z.string().min(1),
    /** SHA-256 of the text the correction was written against (the event's `source.sha256`); quote it in YAML. */
    textSha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected the 64 hex digits of source.sha256').optional(),
    set: CorrectionSet.optional(),
    add: CorrectionAdd.optional(),
    remove: z.array(FactPath).optional(),
    rename: CorrectionRename.optional(),
    /** Why: shown in the app beside the corrected fact. */
    note: z.string().trim().min(1, 'expected a note saying why'),
  })
  .refine((c) => [c.set, c.add, c.rename].some((o) => o !== undefined && Object.keys(o).length > 0) || (c.remove?.length ?? 0) > 0, {
    message: 'expected `set`, `add`, `remove` or `rename` (what to fix)',
  });

/** The whole file: a list of corrections (an empty file is an empty list), fixes of facts and reports of one event (report-rule.ts). */
export const CorrectionsFile = z.array(z.union([Correction, ReportRule]));

export type PlaceName = z.infer<typeof PlaceName>;
export type Correction = z.infer<typeof Correction>;
export type CorrectionsFile = z.infer<typeof CorrectionsFile>;
