import type { ReportKind } from './evidence.ts';

/** What each release of an event is to it, in the product's words (details panel and export alike). */
export const REPORT_KIND_LABELS: Readonly<Record<ReportKind, string>> = {
  announcement: 'announcement, before the event',
  report: 'report, after the event',
  republication: 'the same text republished',
  partner: 'a partner’s account',
};
