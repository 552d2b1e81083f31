import { FIELDS, type ReleaseScore } from './score.ts';
import type { Summary } from './summarize.ts';

/** The evaluation as text: per-field accuracy, the overall figures, then what each release got wrong. */
export function formatReport(
  summary: Summary,
  scores: readonly ReleaseScore[],
  rejections: ReadonlyMap<string, string>,
  groups: readonly { name: string; summary: Summary }[] = [],
  blind: (file: string) => boolean = () => false,
): string {
  const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)}%`;
  const lines = [`Releases: ${summary.releases}`, '', 'Per-field accuracy:'];
  for (const field of FIELDS) lines.push(`  ${field.padEnd(22)} ${pct(summary.accuracy[field])}`);
  lines.push(
    '',
    `Country roles (participant, expert): precision ${pct(summary.rolePrecision)}, recall ${pct(summary.roleRecall)}`,
    `Overall (README fields): ${pct(summary.overall)}`,
    `Overall (all fields):    ${pct(summary.overallAllFields)}`,
    `Venue places: precision ${pct(summary.placePrecision)}, recall ${pct(summary.placeRecall)}`,
  );
  if (groups.length > 0) {
    lines.push('', 'Per group (releases; key fields; venues; venue places P/R; country roles P/R; organiser names; people quoted):');
    for (const g of groups) {
      const s = g.summary;
      lines.push(
        `  ${g.name.padEnd(24)} ${String(s.releases).padStart(3)}  key ${pct(s.overall)}  venues ${pct(s.accuracy.venues)}` +
          `  places ${pct(s.placePrecision)}/${pct(s.placeRecall)}  roles ${pct(s.rolePrecision)}/${pct(s.roleRecall)}` +
          `  organisers ${pct(s.accuracy['organizer names'])}  people ${pct(s.accuracy['people quoted'])}`,
      );
    }
  }
  lines.push('', 'Per release:');
  for (const score of scores) {
    if (blind(score.file)) {
      // Its number only: a release's file name tells what it is about (the town, the body, the
      // event), which is enough to write rules for it without reading it.
      lines.push(`  ${blindLabel(score.file)}: blind, name and misses not shown`);
      continue;
    }
    const wrong = score.fields.filter((f) => !f.ok);
    lines.push(`  ${score.file}: ${wrong.length === 0 ? 'all right' : `${wrong.length} wrong`}`);
    const rejected = rejections.get(score.file);
    if (rejected) lines.push(`    rejected: ${rejected}`);
    for (const f of wrong) lines.push(`    ${f.field}: expected ${f.expected}, got ${f.got}`);
  }
  return lines.join('\n');
}

/** A blind release as the report names it: the number its file name starts with, or "a release". */
export function blindLabel(file: string): string {
  return /^\d+/.exec(file)?.[0] ?? 'a release';
}
