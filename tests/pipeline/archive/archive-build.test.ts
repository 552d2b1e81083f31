// Bring your own archive, through the real build step (the CLI's body, in this process): saved pages,
// Markdown, RSS and Atom in; corrections.yaml applied or warned about; the cache re-extracts only
// what changed.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Dataset, type AtlasEvent } from '../../../src/schema/dataset.ts';
import { dataCli } from '../../support/run-data-cli.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const FIXTURES = join(ROOT, 'tests/fixtures/archive');

function archive(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-archive-'));
  cpSync(FIXTURES, dir, { recursive: true });
  return dir;
}

function build(seeds: string, extra: string[] = ['--no-cache']) {
  const out = join(mkdtempSync(join(tmpdir(), 'atlas-archive-out-')), 'dataset.json');
  const run = dataCli(['--seeds', seeds, '--out', out, ...extra]);
  const dataset = run.code === 0 ? Dataset.parse(JSON.parse(readFileSync(out, 'utf8'))) : null;
  return { ...run, dataset };
}

const byFile = (events: readonly AtlasEvent[], file: string) => events.find((e) => e.source.file === file)!;

describe('an archive of saved pages, Markdown notes and feeds', () => {
  let result: ReturnType<typeof build>;
  beforeAll(() => {
    result = build(archive());
  });

  it('reads a saved page: article text only, title, date, image and canonical link from its metadata', () => {
    const e = byFile(result.dataset!.events, 'osce-dushanbe-border.html');
    expect(e.title).toBe('OSCE Office trains Tajik and Afghan border guards in Dushanbe');
    expect([e.publishedDate, e.startDate, e.endDate]).toEqual(['2015-03-12', '2015-03-12', '2015-03-16']);
    expect(e.imageUrl).toBe('https://example.org/images/border-course.jpg');
    expect(e.source.url).toBe('https://example.org/news/border-course');
    expect(e.source.text).toContain('A five-day training course for 25 border guards');
    for (const chrome of ['cookies', 'About us', 'TRACKER', 'tracking', 'NOT PART OF THE RELEASE', 'Related news', 'All rights reserved', 'font-family', 'NewsArticle']) {
      expect(e.source.text).not.toContain(chrome);
    }
    expect(e.countries.map((c) => c.code).sort()).toEqual(['AF', 'DE', 'LV', 'TJ']);
  });

  it('reads Markdown front matter: the title line, the date as the release date, the url as the link', () => {
    const e = byFile(result.dataset!.events, 'bishkek-workshop-note.md');
    expect(e.source.text.split('\n')[0]).toBe('OSCE Centre holds workshop on cybercrime for Kyrgyz police');
    expect([e.publishedDate, e.startDate, e.endDate]).toEqual(['2016-05-18', '2016-05-16', '2016-05-18']);
    expect(e.derivations).toContainEqual({ field: 'publishedDate', reason: "the front matter date '2016-05-18': the text has no dateline or date line" });
    expect(e.source.url).toBe('https://example.org/news/bishkek-cybercrime');
  });

  it('makes each feed item a release named feed-file#guid, dated by pubDate/published; a broken item is rejected alone', () => {
    const files = result.dataset!.events.map((e) => e.source.file);
    expect(files).toEqual(expect.arrayContaining(['osce-news.rss#news-2017-041', 'osce-news.rss#https://example.org/news/vienna-community-policing', 'odihr-updates.atom#urn:uuid:7a1e-election-observers', 'odihr-updates.atom#urn:uuid:8b2f-hate-crime']));
    const tbilisi = byFile(result.dataset!.events, 'osce-news.rss#news-2017-041');
    expect([tbilisi.id, tbilisi.publishedDate, tbilisi.startDate, tbilisi.source.url]).toEqual(['osce-news-news-2017-041', '2017-04-04', '2017-04-04', 'https://example.org/news/tbilisi-trafficking']);
    expect(tbilisi.source.text).not.toContain('alert');
    expect(byFile(result.dataset!.events, 'odihr-updates.atom#urn:uuid:7a1e-election-observers').startDate).toBe('2018-10-01');
    // A javascript: link is never kept as the source link.
    expect(byFile(result.dataset!.events, 'odihr-updates.atom#urn:uuid:8b2f-hate-crime').source.url).toBeUndefined();
    expect(result.dataset!.rejected.map((r) => r.file)).toEqual(['odihr-updates.atom#urn:uuid:9c3a-empty', 'osce-news.rss#news-2017-broken']);
    expect(result.dataset!.rejected[1]!.reason).toMatch(/has no title: expected <title>/);
  });
});

describe('corrections.yaml', () => {
  it('applies a correction, lists it on the event, and warns (with the line) about one for a missing release or changed text', () => {
    const dir = archive();
    const first = build(dir).dataset!;
    const page = byFile(first.events, 'osce-dushanbe-border.html');
    writeFileSync(join(dir, 'corrections.yaml'), [
      '# fixes by hand',
      '- file: osce-dushanbe-border.html',
      `  textSha256: ${page.source.sha256}`,
      '  set:',
      '    participantCount: { value: 26, qualifier: exact }',
      '  remove: [countries.LV]',
      '  note: Figure from the final report',
      '- file: gone.txt',
      '  set: { kind: seminar }',
      '  note: For a release since removed',
      '- file: bishkek-workshop-note.md',
      `  textSha256: "${'0'.repeat(64)}"`,
      '  set: { kind: seminar }',
      '  note: Written against older text',
      '',
    ].join('\n'));
    const run = build(dir);
    expect(run.stderr).toBe('');
    const e = byFile(run.dataset!.events, 'osce-dushanbe-border.html');
    expect(e.participantCount).toEqual({ value: 26, qualifier: 'exact' });
    expect(e.provenance.participantCount).toBeNull();
    expect(e.countries.map((c) => c.code)).not.toContain('LV');
    expect(e.corrections).toEqual([
      { field: 'participantCount', note: 'Figure from the final report' },
      { field: 'countries.LV', note: 'Figure from the final report' },
    ]);
    expect(byFile(run.dataset!.events, 'bishkek-workshop-note.md').kind).not.toBe('seminar');
    expect(run.stdout).toContain("! corrections.yaml line 11 (bishkek-workshop-note.md): not applied: the release's text changed");
    expect(run.stdout).toContain("! corrections.yaml line 8: not applied: 'gone.txt' is not a release in the seeds folder");
    expect(run.dataset!.warnings).toHaveLength(2);
  });

  it('fails the build on a malformed file, naming the line and what was expected, and writes nothing', () => {
    const dir = archive();
    writeFileSync(join(dir, 'corrections.yaml'), '- file: a.txt\n  set:\n    participantCount: { value: 65, qualifier: roughly }\n  note: x\n');
    const run = build(dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^corrections\.yaml line 3: entry 1: set\.participantCount\.qualifier: .*exact.*about.*at least/);
    writeFileSync(join(dir, 'corrections.yaml'), '- file: a.txt\n  set: { kind: seminar }\n');
    expect(build(dir).stderr).toMatch(/^corrections\.yaml line 1: entry 1: note: /);
  });
});

describe('incremental builds', () => {
  it('re-extracts only a changed release and does not load the gazetteer for an unchanged archive', () => {
    const dir = archive();
    const cache = ['--cache', mkdtempSync(join(tmpdir(), 'atlas-cache-'))];
    const cold = build(dir, cache);
    expect(cold.stdout).toContain('· 6 extracted, 0 from the cache; gazetteer loaded');
    const warm = build(dir, cache);
    expect(warm.stdout).toContain('· 0 extracted, 6 from the cache; gazetteer not loaded');
    expect(warm.dataset!.events).toEqual(cold.dataset!.events);
    // The edited release asks the gazetteer nothing new: its earlier answers serve.
    appendFileSync(join(dir, 'bishkek-workshop-note.md'), '\nThe participants received certificates.\n');
    const touched = build(dir, cache);
    expect(touched.stdout).toContain('· 1 extracted, 5 from the cache; gazetteer not loaded');
    expect(byFile(touched.dataset!.events, 'bishkek-workshop-note.md').source.text).toContain('received certificates');
    appendFileSync(join(dir, 'bishkek-workshop-note.md'), '\nThe workshop was funded by Norway.\n');
    expect(build(dir, cache).stdout).toContain('· 1 extracted, 5 from the cache;');
  });
});
