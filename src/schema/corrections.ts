// The contract of seeds/corrections.yaml, a file a person edits: each entry fixes facts of one
// release, in the dataset's own field names and shapes, and says why. The build step applies the
// entries after extraction; the app shows "corrected by hand: <note>" instead of a source span.
import { z } from 'zod';
import { Event } from './dataset.ts';
import { ReportRule } from './report-rule.ts';

/** The facts a correction may set: every fact of an event, not its identity, source or bookkeeping. */
export const CORRECTABLE_FIELDS = [
  'title', 'imageUrl', 'kind', 'startDate', 'endDate', 'durationDays', 'dates', 'publishedDate', 'venues',
  'participantCount', 'countries', 'organizers', 'organizations', 'people', 'quotes', 'topics',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

const settable = Object.fromEntries(CORRECTABLE_FIELDS.map((f) => [f, Event.shape[f].optional()])) as {
  [F in CorrectableField]: z.ZodOptional<(typeof Event.shape)[F]>;
};

/**
 * `field` (a nullable fact → null, a list → empty), or `field.KEY`: a country by code
 * (`countries.IR`), a topic by id (`topics.gender`), any list item by position (`venues.1`).
 */
export const FactPath = z.string().regex(/^[a-zA-Z]+(?:\.[A-Za-z0-9-]+)?$/, "expected a fact as 'field' or 'field.KEY' (countries.IR, venues.1)");

export const Correction = z
  .strictObject({
    /** The release: its file in the seeds folder, or `feed-file#guid` for a feed item. */
    file: z.string().min(1),
    /** SHA-256 of the text the correction was written against (the event's `source.sha256`); quote it in YAML. */
    textSha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected the 64 hex digits of source.sha256').optional(),
    set: z.strictObject(settable).optional(),
    remove: z.array(FactPath).optional(),
    /** Why: shown in the app beside the corrected fact. */
    note: z.string().trim().min(1, 'expected a note saying why'),
  })
  .refine((c) => (c.set !== undefined && Object.keys(c.set).length > 0) || (c.remove?.length ?? 0) > 0, {
    message: 'expected `set` or `remove` (what to fix)',
  });

/** The whole file: a list of corrections (an empty file is an empty list), fixes of facts and reports of one event (report-rule.ts). */
export const CorrectionsFile = z.array(z.union([Correction, ReportRule]));

export type Correction = z.infer<typeof Correction>;
export type CorrectionsFile = z.infer<typeof CorrectionsFile>;
