// The shape every decision of the build step takes in the data, designed once for this round:
// - a span points into one release (`release`: several releases may tell of one event) and carries
//   its sentence, so nothing downstream splits text again;
// - a decision keeps its candidates, each with the evidence for and against it (named features with
//   their weights), so a person can see why one won ("Why here?");
// - a fact left null says why, as a typed value (kind, the name as written, its span), decided from
//   the candidates extraction considered, never parsed back out of a warning;
// - an event told by several releases keeps each of them as a report.
// Only zod here: the pipeline writes these, the app and the export read them.
import { z } from 'zod';

/** A half-open range [start, end) of UTF-16 code units in one release's text. */
export const TextRange = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end >= s.start, 'expected end >= start');

/**
 * Where a fact was read: a range in a release's text, with the sentence it lies in (as the build
 * split it, knowing abbreviations) and which of the event's releases it points into.
 */
export const Span = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    /** The sentence around the span, as the build step split the text; absent for a span it did not place in one. */
    sentence: TextRange.optional(),
    /**
     * The release the span points into, by position in the event's `reports` (0 is the event's own
     * `source`); absent means 0.
     */
    release: z.number().int().nonnegative().optional(),
  })
  .refine((s) => s.end >= s.start, 'expected end >= start');

/** One named feature of a candidate, as the fact's scoring table names and weighs it. */
export const Evidence = z.object({
  /** The feature's name in its scoring table ("held-in", "title", "dateline", "organiser-seat"). */
  feature: z.string().min(1),
  /** Its weight in the score: positive for the candidate, negative against it. */
  weight: z.number(),
  /** A few words a person reads ("after “held in”", "names the organiser's office"). */
  note: z.string().min(1),
});

/** Something that could have been the fact, with the evidence for and against it. */
export const Candidate = z.object({
  /** What the fact would read, in the product's words ("Mombasa, Kenya", "3–6 September 2020", "41"). */
  label: z.string().min(1),
  /** Where the text names it; null for a candidate derived from nothing written. */
  span: Span.nullable(),
  /** The sum of its evidence's weights. */
  score: z.number(),
  evidence: z.array(Evidence),
  /** True for the candidates the decision kept (a venue list may keep several). */
  chosen: z.boolean(),
});

/** The facts decided from candidates, whose decisions the data keeps. */
export const DECIDED_FACTS = ['venues', 'dates', 'participantCount', 'countryRoles', 'organizers'] as const;
export const DecidedFact = z.enum(DECIDED_FACTS);

/**
 * How one fact was decided: every candidate, best first, and the threshold below which the build
 * abstains. Stored only when there was more than one candidate (or one below the threshold), so
 * the losers can be shown.
 */
export const Decision = z.object({
  fact: DecidedFact,
  threshold: z.number(),
  candidates: z.array(Candidate).min(1),
});

/**
 * Why a fact is null, from what extraction saw:
 * - `not-stated`: nothing in the text could be this fact;
 * - `unknown-place`: the text names a place (`name`) that no table knows;
 * - `online`: the event was held online, so it has no venue;
 * - `no-year`: a date is written without a year (`name` is the date as written);
 * - `undecided`: candidates were found but none was strong enough, or they disagree (`name` is the strongest);
 * - `removed-by-hand`: a correction removed it.
 */
export const ABSENCE_KINDS = ['not-stated', 'unknown-place', 'online', 'no-year', 'undecided', 'removed-by-hand'] as const;
export const AbsenceKind = z.enum(ABSENCE_KINDS);

/** The facts an absence may be about, named as the dataset names them. */
export const ABSENT_FACTS = ['venues', 'startDate', 'endDate', 'participantCount'] as const;
export const AbsentFact = z.enum(ABSENT_FACTS);

export const Absence = z.object({
  fact: AbsentFact,
  kind: AbsenceKind,
  /** The name or date as written, for `unknown-place`, `no-year` and `undecided`; null otherwise. */
  name: z.string().min(1).nullable(),
  span: Span.nullable(),
});

/**
 * What each release of an event is to it: written before the event, after it, the same text
 * again (republished, maybe under another title), or another body's account of it.
 */
export const REPORT_KINDS = ['announcement', 'report', 'republication', 'partner'] as const;
export const ReportKind = z.enum(REPORT_KINDS);

export type TextRange = z.infer<typeof TextRange>;
export type Span = z.infer<typeof Span>;
export type Evidence = z.infer<typeof Evidence>;
export type Candidate = z.infer<typeof Candidate>;
export type DecidedFact = z.infer<typeof DecidedFact>;
export type Decision = z.infer<typeof Decision>;
export type AbsenceKind = z.infer<typeof AbsenceKind>;
export type AbsentFact = z.infer<typeof AbsentFact>;
export type Absence = z.infer<typeof Absence>;
export type ReportKind = z.infer<typeof ReportKind>;
