// A rebuild that keeps what did not change (the extraction cache and the previous build's state)
// must write exactly what a build from scratch writes: every file, byte for byte, after each kind
// of change — an edit, an added, a removed and a re-dated release, a correction, damaged caches
// and outputs changed by hand, reports of one event split and joined by hand. Through the real CLI's
// body (runDataCli), in this process.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusFiles } from '../../../bench/gen/corpus-files.ts';
import { generateCorpus } from '../../../bench/gen/generate-corpus.ts';
import { buildVenuePool } from '../../../bench/gen/venue-pool.ts';
import { readGeoNamesRows } from '../../../src/pipeline/gazetteer/load-gazetteer.ts';
import { correctionSnippets } from '../../../src/schema/correction-snippet.ts';
import type { Dataset } from '../../../src/schema/dataset.ts';
import { dataCli } from '../../support/run-data-cli.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const temp = (name: string) => mkdtempSync(join(tmpdir(), `atlas-incremental-${name}-`));

function cli(seeds: string, out: string, cache: string | null) {
  const run = dataCli(['--seeds', seeds, '--out', out, ...(cache ? ['--cache', cache] : ['--no-cache'])], '1700000000');
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
}

/** Every file under `dir`, by path, as bytes. */
function filesOf(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, name);
    if (statSync(path).isFile()) files.set(relative(dir, path), readFileSync(path));
  }
  return files;
}

describe('a rebuild with the cache', () => {
  const seeds = temp('seeds');
  const cache = temp('cache');
  const outDir = temp('out');
  const out = join(outDir, 'dataset.json');
  const releaseFiles = corpusFiles(generateCorpus(301, 7, buildVenuePool(readGeoNamesRows()))).filter(([path]) => path.startsWith('releases/'));
  const fileOf = (i: number) => releaseFiles[i]![0].slice('releases/'.length);

  /**
   * What a build from scratch writes for the seeds as they are now. Kept by the seeds' names and
   * bytes: a step that puts the seeds back as an earlier step had them (a correction removed again,
   * damage to the cache or outputs only) compares with the same build from scratch without making
   * it again (each one extracts every release: most of this file's time). The output is a function
   * of the seeds alone (SOURCE_DATE_EPOCH is fixed), so this is the same comparison.
   */
  const fromScratch = new Map<string, Map<string, Buffer>>();
  function scratchBuild(): Map<string, Buffer> {
    const hash = createHash('sha256');
    for (const [path, bytes] of filesOf(seeds)) hash.update(`${path}\0${bytes.length}\0`).update(bytes);
    const key = hash.digest('hex');
    let files = fromScratch.get(key);
    if (!files) {
      const fresh = join(temp('fresh'), 'dataset.json');
      cli(seeds, fresh, null);
      files = filesOf(join(fresh, '..'));
      fromScratch.set(key, files);
    }
    return files;
  }

  /** Builds with the cache, then checks every file against a build from scratch of the same seeds; the CLI's report. */
  function rebuild(): string {
    const stdout = cli(seeds, out, cache);
    const [got, want] = [filesOf(outDir), scratchBuild()];
    expect([...got.keys()]).toEqual([...want.keys()]);
    for (const [path, bytes] of want) expect(got.get(path)!.equals(bytes), `${path} differs from a build from scratch`).toBe(true);
    return stdout;
  }
  const dataset = () => JSON.parse(readFileSync(out, 'utf8')) as Dataset;
  const inode = (file: string) => statSync(join(outDir, 'app', file)).ino;

  beforeAll(() => {
    cpSync(join(ROOT, 'tests/fixtures/archive'), seeds, { recursive: true });
    // 300 generated releases and the archive's pages, notes and feeds: two chunks of the app's files.
    for (const [path, content] of releaseFiles.slice(0, 300)) writeFileSync(join(seeds, path.slice('releases/'.length)), content);
  });

  it('writes, cold, what a build without the cache writes', () => {
    expect(rebuild()).toMatch(/· 306 extracted, 0 from the cache/);
  });

  it('after an edit that moves nothing: reads one release, keeps the chunk it is not in', () => {
    const first = dataset().events[0]!.source.file;
    const kept = inode('events-0001.json');
    // Words go and come: its last line is replaced by another sentence.
    const lines = readFileSync(join(seeds, first), 'utf8').trimEnd().split('\n');
    writeFileSync(join(seeds, first), `${[...lines.slice(0, -1), 'The organisers thanked the participants.'].join('\n')}\n`);
    expect(rebuild()).toMatch(/· 1 extracted, 305 from the cache/);
    expect(inode('events-0001.json')).toBe(kept);
  });

  it('after a release was added, one removed and one re-dated (events move)', () => {
    writeFileSync(join(seeds, fileOf(300)), releaseFiles[300]![1]);
    rmSync(join(seeds, fileOf(17)));
    const text = readFileSync(join(seeds, fileOf(42)), 'utf8');
    writeFileSync(join(seeds, fileOf(42)), text.replace(/\b(19|20)\d\d\b/, '1999'));
    expect(rebuild()).toMatch(/· 2 extracted, 304 from the cache/);
  });

  it('after a correction was added, and after it was removed', () => {
    const target = fileOf(5);
    writeFileSync(join(seeds, 'corrections.yaml'), `- file: ${target}\n  set:\n    participantCount: { value: 65, qualifier: exact }\n  note: From the final report\n`);
    rebuild();
    expect(dataset().events.find((e) => e.source.file === target)!.participantCount).toEqual({ value: 65, qualifier: 'exact' });
    rmSync(join(seeds, 'corrections.yaml'));
    rebuild();
  });

  it('after a correction of each kind by name was added, then changed: the cache never serves the event as it was', () => {
    const target = fileOf(6);
    const fix = (town: string) => [
      `- file: ${target}`,
      `  set: { venues: ["${town}, UG"] }`,
      '  add: { countries: { UG: [host] }, organizers: [Kasese District Office], people: [{ name: Ann Lee, role: Trainer }] }',
      '  note: From the final report',
      '',
    ].join('\n');
    writeFileSync(join(seeds, 'corrections.yaml'), fix('Kasese'));
    rebuild();
    const event = () => dataset().events.find((e) => e.source.file === target)!;
    expect(event().venues.map((v) => [v.name, v.countryCode])).toEqual([['Kasese', 'UG']]);
    expect(event().countries.find((c) => c.code === 'UG')!.roles).toContain('host');
    expect(event().corrections!.map((c) => c.field)).toEqual(['venues', 'countries.UG.host', 'organizers', 'people']);
    // The same corrections again: the place is answered from the cache, the gazetteer is not loaded.
    expect(rebuild()).toMatch(/gazetteer not loaded/);
    writeFileSync(join(seeds, 'corrections.yaml'), fix('Fort Portal'));
    rebuild();
    expect(event().venues.map((v) => v.name)).toEqual(['Fort Portal']);
    rmSync(join(seeds, 'corrections.yaml'));
    rebuild();
  });

  it('after reports of one event were added, one edited, and two kept apart by hand (tests/fixtures/reports)', () => {
    const told = ['e00-announcement.txt', 'e00-report.txt', 'e00-republished.txt'];
    for (const file of told) cpSync(join(ROOT, 'tests/fixtures/reports/releases', file), join(seeds, file));
    rebuild();
    const joined = () => dataset().events.find((e) => e.source.file === told[0]);
    expect(joined()!.reports!.map((r) => r.file)).toEqual(told.slice(1));
    writeFileSync(join(seeds, told[1]!), `${readFileSync(join(seeds, told[1]!), 'utf8')}The organisers thanked the participants.\n`);
    expect(rebuild()).toMatch(/· 1 extracted, \d+ from the cache/);
    writeFileSync(join(seeds, 'corrections.yaml'), `- file: ${told[2]}\n  notSameEventAs: ${told[1]}\n  note: another event\n`);
    rebuild();
    expect(joined()!.reports!.map((r) => r.file)).toEqual([told[1]]);
    rmSync(join(seeds, 'corrections.yaml'));
    rebuild();
    expect(joined()!.reports).toHaveLength(2);
  });

  it('after a split as the app writes it, an edit of a release it names, and two events joined by hand, then the rules removed', () => {
    const told = ['e00-announcement.txt', 'e00-report.txt', 'e00-republished.txt'];
    const releasesOf = (file: string) => {
      const e = dataset().events.find((x) => x.source.file === file || x.reports?.some((r) => r.file === file))!;
      return [e.source.file, ...(e.reports ?? []).map((r) => r.file)];
    };
    // "Not the same event" beside the republication: kept apart from every other release of its event.
    const split = correctionSnippets(told.slice(0, 2).map((other) => ({ file: told[2]!, notSameEventAs: other, note: 'a later run' })));
    writeFileSync(join(seeds, 'corrections.yaml'), split);
    rebuild();
    expect(releasesOf(told[2]!)).toEqual([told[2]]);
    expect(releasesOf(told[0]!)).toEqual(told.slice(0, 2));
    writeFileSync(join(seeds, told[0]!), `${readFileSync(join(seeds, told[0]!), 'utf8')}Registration closes a week before.\n`);
    expect(rebuild()).toMatch(/· 1 extracted, \d+ from the cache/);
    expect(releasesOf(told[2]!)).toEqual([told[2]]);
    // "Same event as…": two generated events the build keeps apart, joined by hand.
    const [a, b] = [fileOf(20), fileOf(21)];
    expect(releasesOf(a)).not.toContain(b);
    writeFileSync(join(seeds, 'corrections.yaml'), split + correctionSnippets([{ file: a, sameEventAs: b, note: 'one programme' }]));
    rebuild();
    expect(releasesOf(a).sort()).toEqual([a, b].sort());
    rmSync(join(seeds, 'corrections.yaml'));
    rebuild();
    expect(releasesOf(a)).not.toContain(b);
    expect(releasesOf(told[0]!)).toEqual(told);
  });

  it('after its state, the extraction cache or the written files were damaged or changed by hand', () => {
    const state = readdirSync(cache).find((f) => f.startsWith('build-'))!;
    const extracted = readdirSync(cache).find((f) => f.startsWith('extract-'))!;
    writeFileSync(join(cache, state), readFileSync(join(cache, state), 'utf8').slice(0, 5000));
    rebuild();
    // A torn line: the result is extracted again, not taken for a rejection.
    const lines = readFileSync(join(cache, extracted), 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('r\t') && l.includes('"ok":true'));
    lines[at] = lines[at]!.slice(0, 200);
    writeFileSync(join(cache, extracted), lines.join('\n'));
    rmSync(join(cache, state));
    // 306 seeds and the three reports of one event the step before added.
    expect(rebuild()).toMatch(/· 1 extracted, 308 from the cache/);
    writeFileSync(out, '{}\n');
    rebuild();
    writeFileSync(join(outDir, 'app', 'events-0000.json'), 'changed by hand');
    rebuild();
  });
});
