import type { AtlasEvent, Rejected } from '../schema/dataset.ts';

/** "✓ 000_x.txt  Karaganda, KZ  2014-11-03 → 2014-11-06  60 participants  8 countries  1 warning" */
export function formatEventLine(event: AtlasEvent): string {
  const place = event.venues.map(placeText).join(' + ') || 'no venue';
  const dates = event.startDate ? `${event.startDate} → ${event.endDate ?? '?'}` : 'no date';
  const parts = [`✓ ${event.source.file}`, place, dates];
  if (event.participantCount !== null) {
    const { value, qualifier } = event.participantCount;
    parts.push(`${qualifier === 'exact' ? '' : `${qualifier} `}${plural(value, 'participant')}`);
  }
  parts.push(plural(event.countries.length, 'country', 'countries'));
  if (event.warnings.length > 0) parts.push(plural(event.warnings.length, 'warning'));
  // Every seed is accounted for: a release that tells of this event is a line of its own beneath it.
  const reports = (event.reports ?? []).map((r) => `↳ ${r.file}  ${r.kind} of the event in ${event.source.file}: joined to it`);
  return [parts.join('  '), ...reports].join('\n');
}

function placeText(venue: AtlasEvent['venues'][number]): string {
  const name = venue.city ?? venue.region ?? venue.countryCode ?? '?';
  if (venue.precision === 'country') return `${name} (country only)`;
  return `${name}${venue.countryCode ? `, ${venue.countryCode}` : ''}${venue.lat === null ? ' (not placed)' : ''}`;
}

/** "✗ bad.txt:1  bad.txt is empty: expected a press release …" */
export function formatRejectedLine(rejected: Rejected): string {
  return `✗ ${rejected.file}${rejected.line === null ? '' : `:${rejected.line}`}  ${rejected.reason}`;
}

/** One line per seed, in file-name order, whether it became an event (its `formatEventLine`) or was rejected. */
export function formatSeedLines(events: readonly { file: string; line: string }[], rejected: readonly Rejected[]): string[] {
  const lines = [...events.map((e) => [e.file, e.line] as const), ...rejected.map((r) => [r.file, formatRejectedLine(r)] as const)];
  return lines.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, line]) => line);
}

/** "ignored 2 files that are not releases: README.md, notes.docx" (at most five named). */
export function formatIgnoredLine(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? `, … (${names.length - 5} more)` : '');
  return `· ignored ${plural(names.length, 'file')} that ${names.length === 1 ? 'is not a release' : 'are not releases'} (.txt, .md, .html, .xml/.rss/.atom): ${shown}`;
}

/** "2 events, 0 rejected → public/data/dataset.json (123 ms)"; "… 2 events (1 more release joined to them), …" */
export function formatSummary(dataset: { events: readonly unknown[]; rejected: readonly Rejected[] }, outFile: string, ms: number, joined = 0): string {
  const more = joined > 0 ? ` (${plural(joined, 'more release')} joined to them)` : '';
  return `${plural(dataset.events.length, 'event')}${more}, ${dataset.rejected.length} rejected → ${outFile} (${Math.round(ms)} ms)`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
