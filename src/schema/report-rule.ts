// An entry of seeds/corrections.yaml that says two releases tell (or do not tell) of one event,
// overriding what the build found (src/pipeline/reports). Beside the fact corrections, in a file of
// its own: `- file: a.txt  sameEventAs: b.txt  note: …` or `notSameEventAs: b.txt`.
import { z } from 'zod';

export const ReportRule = z
  .strictObject({
    /** A release: its file in the seeds folder (`feed-file#guid` for a feed item). */
    file: z.string().min(1),
    /** Another release that tells of the same event: the two are one event whatever the build finds. */
    sameEventAs: z.string().min(1).optional(),
    /** Another release that tells of another event: the two are never one event. */
    notSameEventAs: z.string().min(1).optional(),
    note: z.string().trim().min(1, 'expected a note saying why'),
  })
  .refine((r) => (r.sameEventAs === undefined) !== (r.notSameEventAs === undefined), { message: 'expected one of `sameEventAs` or `notSameEventAs`' });

export type ReportRule = z.infer<typeof ReportRule>;

/** Whether a corrections.yaml entry is about reports of one event rather than a fact. */
export function isReportRule(entry: unknown): boolean {
  return typeof entry === 'object' && entry !== null && ('sameEventAs' in entry || 'notSameEventAs' in entry);
}
