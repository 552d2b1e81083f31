// npm run eval -- --duplicates [DIR]: builds DIR/releases (default tests/fixtures/reports) as the build step does
// and scores the reports of one event it finds against DIR/expected.json (pair precision and recall per kind).
// npm run eval -- --corpus DIR [--organizations] [--blind 431-440]: runs the real extraction (extractEvent + the GeoNames gazetteer) on
// DIR/releases/*.txt and scores it against DIR/expected.json. The only impure file of the evaluation.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset } from '../build-dataset.ts';
import { extractEvent } from '../extract/extract-event.ts';
import { loadGazetteer } from '../gazetteer/load-gazetteer.ts';
import { mergeOrganizations, type OrganizationName } from '../organizations/merge-organizations.ts';
import { readSeed } from '../formats/read-seed.ts';
import { Annotations } from './annotation.ts';
import { formatReport } from './format-report.ts';
import { parseBlindRange, RELEASE_GROUPS } from './release-groups.ts';
import { scoreRelease } from './score.ts';
import { ExpectedReports, formatDuplicates, scoreDuplicates } from './score-duplicates.ts';
import { summarize } from './summarize.ts';

function corpusDir(args: readonly string[]): string {
  const at = args.indexOf('--corpus');
  return at !== -1 && args[at + 1] ? args[at + 1]! : '../shared/corpus';
}

function duplicates(dir: string): number {
  const expected = ExpectedReports.parse(JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')));
  const releases = join(dir, 'releases');
  const files = readdirSync(releases).map((name) => ({ name, bytes: readFileSync(join(releases, name)) }));
  const dataset = buildDataset(files, { gazetteer: loadGazetteer(), now: new Date(0) });
  const found = dataset.events.map((e) => [e.source.file, ...(e.reports ?? []).map((r) => r.file)]);
  console.log(formatDuplicates(scoreDuplicates(expected, found)));
  return 0;
}

function main(): number {
  const at = process.argv.indexOf('--duplicates');
  if (at !== -1) return duplicates(process.argv[at + 1] && !process.argv[at + 1]!.startsWith('--') ? process.argv[at + 1]! : 'tests/fixtures/reports');
  const dir = corpusDir(process.argv.slice(2));
  const parsed = Annotations.safeParse(JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')));
  if (!parsed.success) {
    console.error(`${join(dir, 'expected.json')}: ${parsed.error.issues[0]?.message ?? 'invalid annotations'}`);
    return 1;
  }
  const gazetteer = loadGazetteer();
  const rejections = new Map<string, string>();
  const organizers: OrganizationName[][] = [];
  const scores = parsed.data.map((annotation) => {
    // The same decoding as the build step, so spans and rejections match what it would produce.
    const read = readSeed(readFileSync(join(dir, 'releases', annotation.file)), annotation.file);
    const result = read.ok ? extractEvent(read.text, { file: annotation.file, gazetteer }) : read;
    if (!result.ok) rejections.set(annotation.file, result.reason);
    else organizers.push(result.event.organizers);
    return scoreRelease(annotation, result.ok ? result.event : null);
  });
  const argv = process.argv.slice(2);
  const blind = parseBlindRange(argv[argv.indexOf('--blind') + 1]);
  const groups: { name: string; summary: ReturnType<typeof summarize> }[] = RELEASE_GROUPS.map((g) => ({ name: g.name as string, summary: summarize(scores.filter((s) => g.test(s.file))) })).filter((g) => g.summary.releases > 0);
  if (blind) groups.push({ name: 'blind (--blind)', summary: summarize(scores.filter((s) => blind(s.file))) });
  console.log(formatReport(summarize(scores), scores, rejections, groups, blind ?? undefined));
  // The organisers as the build merges them: one line per body, with every spelling it was given.
  if (process.argv.includes('--organizations')) {
    console.log('\nOrganisers, merged (name ← other spellings):');
    for (const o of mergeOrganizations(organizers).organizations) {
      const others = o.variants.filter((v) => v !== o.name);
      console.log(`  ${o.name}${others.length ? `  ← ${others.join(' | ')}` : ''}`);
    }
  }
  return 0;
}

process.exitCode = main();
