import type { Correction } from './corrections.ts';
import type { ReportRule } from './report-rule.ts';

/** One entry of corrections.yaml: a fix of facts, or a person's word on two releases. */
export type CorrectionEntry = Correction | ReportRule;

/**
 * One corrections.yaml entry as text, to append or to copy. Values are written as JSON, which is
 * valid YAML, so no YAML library is needed in the app:
 * { file: "a.txt", set: { participantCount: { value: 65, qualifier: "exact" } }, note: "…" } →
 * - file: "a.txt"
 *   set: {"participantCount":{"value":65,"qualifier":"exact"}}
 *   note: "…"
 */
export function correctionSnippet(entry: CorrectionEntry): string {
  const lines = [`- file: ${JSON.stringify(entry.file)}`];
  if ('sameEventAs' in entry || 'notSameEventAs' in entry) lines.push(...ruleLines(entry as ReportRule));
  else lines.push(...fixLines(entry as Correction));
  lines.push(`  note: ${JSON.stringify(entry.note)}`);
  return `${lines.join('\n')}\n`;
}

function ruleLines(r: ReportRule): string[] {
  return [
    ...(r.sameEventAs !== undefined ? [`  sameEventAs: ${JSON.stringify(r.sameEventAs)}`] : []),
    ...(r.notSameEventAs !== undefined ? [`  notSameEventAs: ${JSON.stringify(r.notSameEventAs)}`] : []),
  ];
}

function fixLines(c: Correction): string[] {
  const lines: string[] = [];
  // Quoted: a hash of digits alone would otherwise be read as a number.
  if (c.textSha256) lines.push(`  textSha256: "${c.textSha256}"`);
  if (c.set && Object.keys(c.set).length > 0) lines.push(`  set: ${JSON.stringify(c.set)}`);
  if (c.add && Object.keys(c.add).length > 0) lines.push(`  add: ${JSON.stringify(c.add)}`);
  if (c.remove && c.remove.length > 0) lines.push(`  remove: ${JSON.stringify(c.remove)}`);
  if (c.rename && Object.keys(c.rename).length > 0) lines.push(`  rename: ${JSON.stringify(c.rename)}`);
  return lines;
}

/** Several entries as text, one after another (a split off an event of three releases is two rules). */
export function correctionSnippets(entries: readonly CorrectionEntry[]): string {
  return entries.map(correctionSnippet).join('');
}

/** Where the dev server takes a correction (POST, JSON: one entry or a list of them) and tells the last build's report (GET). */
export const DEV_CORRECTIONS_URL = '/__atlas/corrections';
export const DEV_REPORT_URL = '/__atlas/report';
/** The HMR event the dev server sends after each rebuild of the data. */
export const DEV_DATA_EVENT = 'atlas:data';

/** What the dev server says about its last build of the data, shown in the page. */
export interface DevBuildReport {
  ok: boolean;
  /** "✗ bad.html  bad.html: the page has no title …", one per rejected release. */
  rejected: string[];
  /** Corrections not applied, with their line. */
  warnings: string[];
  /** Why the build failed (a malformed corrections.yaml), or null. */
  error: string | null;
}
