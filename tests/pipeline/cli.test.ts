import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Summary } from '../../src/schema/app-files.ts';
import { parseDataset } from '../../src/schema/parse-dataset.ts';
import { dataCli } from '../support/run-data-cli.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEEDS = join(ROOT, 'seeds');
const EXPECTED = 'expected a press release as plain text (a title line, then the dateline and body)';

/**
 * In this process (see tests/support/run-data-cli.ts); without a cache unless the test names one:
 * temporary seed folders would each leave a cache file in .cache/.
 */
function runCli(args: string[], env: { SOURCE_DATE_EPOCH?: string } = {}) {
  const cache = args.some((a) => a.startsWith('--cache') || a === '--help' || a.startsWith('--bogus')) ? [] : ['--no-cache'];
  return dataCli([...args, ...cache], env.SOURCE_DATE_EPOCH ?? '');
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'atlas-cli-'));
}

/** A seeds folder with the project's two seeds and one of each kind of bad file. */
function mixedSeeds(): string {
  const dir = tempDir();
  const seedNames = readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort();
  for (const name of seedNames) writeFileSync(join(dir, name), readFileSync(join(SEEDS, name)));
  writeFileSync(join(dir, 'copy.txt'), `${readFileSync(join(SEEDS, seedNames[0]!), 'utf8')}\n\n`);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'image.txt'), Buffer.from('line one\n\0\0\x01\x02'));
  writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(10 * 1024 * 1024, 0x61));
  writeFileSync(join(dir, 'README.md'), '# about these seeds');
  return dir;
}

describe('cli: npm run data', () => {
  let seeds: string;
  let out: string;
  let run: ReturnType<typeof runCli>;

  beforeAll(() => {
    seeds = mixedSeeds();
    out = join(tempDir(), 'data', 'dataset.json');
    run = runCli(['--seeds', seeds, '--out', out], { SOURCE_DATE_EPOCH: '1700000000' });
  });

  it('exits 0 and prints one line per seed, a note on ignored files and a summary', () => {
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(8);
    expect(lines[0]).toMatch(/^✓ 000_d4ec6a025d7df8af\.txt {2}Karaganda, KZ {2}2014-11-03 → /);
    // A release that repeats another's text is a report of its event, and a line of its own beneath it.
    expect(lines[1]).toBe('↳ copy.txt  republication of the event in 000_d4ec6a025d7df8af.txt: joined to it');
    expect(lines[2]).toMatch(/^✓ 001_7dafee3892481c7c\.txt {2}Almaty, KZ {2}2015-03-30 → /);
    expect(lines.slice(3, 7)).toEqual([
      `✗ empty.txt:1  empty.txt is empty: ${EXPECTED}`,
      `✗ huge.txt  huge.txt is 10.0 MB (10485760 bytes), over the 2.0 MB limit for a seed: ${EXPECTED}`,
      `✗ image.txt:2  image.txt is binary: it contains a NUL byte (at byte offset 9); ${EXPECTED}`,
      '· ignored 1 file that is not a release (.txt, .md, .html, .xml/.rss/.atom): README.md',
    ]);
    expect(lines[7]).toMatch(new RegExp(`^2 events \\(1 more release joined to them\\), 3 rejected → ${out.replace(/[.\\]/g, '\\$&')} \\(\\d+ ms\\)$`));
    expect(run.stderr).not.toMatch(/error/i);
  });

  it('writes a schema-valid dataset (generatedAt from SOURCE_DATE_EPOCH) and its JSON Schema, leaving no temp files', () => {
    const parsed = parseDataset(JSON.parse(readFileSync(out, 'utf8')));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.dataset.generatedAt).toBe('2023-11-14T22:13:20.000Z');
    expect(parsed.dataset.events.map((e) => e.id)).toEqual(['000-d4ec6a025d7df8af', '001-7dafee3892481c7c']);
    expect(parsed.dataset.events[0]!.reports!.map((r) => [r.file, r.kind])).toEqual([['copy.txt', 'republication']]);
    expect(parsed.dataset.rejected.map((r) => [r.file, r.duplicateOf])).toEqual([
      ['empty.txt', null],
      ['huge.txt', null],
      ['image.txt', null],
    ]);
    expect(JSON.parse(readFileSync(join(out, '..', 'dataset.schema.json'), 'utf8')).$schema).toBe(
      'https://json-schema.org/draft/2020-12/schema',
    );
    expect(readdirSync(join(out, '..')).sort()).toEqual(['app', 'corrections.schema.json', 'dataset.json', 'dataset.schema.json']);
    // The app's files beside it, from the same build.
    expect(readdirSync(join(out, '..', 'app')).sort()).toEqual(['events-0000.json', 'search-0000.json', 'search.json', 'summary.json']);
    const summary = Summary.parse(JSON.parse(readFileSync(join(out, '..', 'app', 'summary.json'), 'utf8')));
    expect([summary.generatedAt, summary.id, summary.rejected]).toEqual([parsed.dataset.generatedAt, parsed.dataset.events.map((e) => e.id), parsed.dataset.rejected]);
  });

  it('writes the same bytes again for the same seeds and SOURCE_DATE_EPOCH', () => {
    const again = join(tempDir(), 'dataset.json');
    expect(runCli(['--seeds', seeds, '--out', again, '--strict'], { SOURCE_DATE_EPOCH: '1700000000' }).code).toBe(1);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(out, 'utf8'));
  });
});

describe('cli: the shell (src/pipeline/cli.ts) in its own process', () => {
  // The one spawned smoke test: the shell wires arguments, SOURCE_DATE_EPOCH, both outputs and the
  // exit code to runDataCli. No release is extracted, so it does not wait for the gazetteer.
  it('passes the arguments and SOURCE_DATE_EPOCH in, and the outputs and the exit code out', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.txt'), '');
    const out = join(tempDir(), 'dataset.json');
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/pipeline/cli.ts'), '--seeds', dir, '--out', out, '--strict', '--no-cache'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^✗ empty\.txt:1 {2}empty\.txt is empty: .*\n0 events, 1 rejected → .*dataset\.json \(\d+ ms\)\n$/);
    expect(run.stderr).toBe('--strict: exit 1 because 1 of 1 seeds were rejected\n');
    expect(parseDataset(JSON.parse(readFileSync(out, 'utf8')))).toMatchObject({ ok: true, dataset: { generatedAt: '2023-11-14T22:13:20.000Z' } });
  });
});

describe('cli: exit codes', () => {
  it('--strict exits 1 when a seed was rejected, after writing the dataset', () => {
    const out = join(tempDir(), 'dataset.json');
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.txt'), '');
    const run = runCli(['--seeds', dir, '--out', out, '--strict']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('--strict: exit 1 because 1 of 1 seeds were rejected\n');
    expect(parseDataset(JSON.parse(readFileSync(out, 'utf8')))).toMatchObject({ ok: true, dataset: { events: [], rejected: [{ file: 'empty.txt' }] } });
  });

  it('--strict exits 0 when every seed became an event', () => {
    const out = join(tempDir(), 'dataset.json');
    const run = runCli(['--seeds', SEEDS, '--out', out, '--strict']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^2 events, 0 rejected → .*dataset\.json \(\d+ ms\)$/m);
  });

  it.each([
    [['--bogus'], "unknown argument '--bogus'"],
    [['--seeds'], '--seeds needs a value'],
    [['--out', '--strict'], '--out needs a value'],
    [['--strict=yes'], '--strict takes no value'],
  ])('exits 2 on the usage error %j, printing usage', (args, message) => {
    const run = runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^${message.replace(/[-.]/g, '\\$&')}\nusage: npm run data`));
    expect(run.stdout).toBe('');
  });

  it('exits 2 for a seeds folder it cannot read, leaving an existing dataset untouched', () => {
    const dir = tempDir();
    const out = join(dir, 'dataset.json');
    writeFileSync(out, 'previous dataset');
    const run = runCli(['--seeds', join(dir, 'missing'), '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^cannot read the seeds folder '.*missing': ENOENT/);
    expect(readFileSync(out, 'utf8')).toBe('previous dataset');
    expect(readdirSync(dir)).toEqual(['dataset.json']);
  });

  it('exits 2 for a malformed SOURCE_DATE_EPOCH', () => {
    const run = runCli(['--seeds', SEEDS, '--out', join(tempDir(), 'd.json')], { SOURCE_DATE_EPOCH: 'yesterday' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("SOURCE_DATE_EPOCH must be whole seconds since 1970, got 'yesterday'\n");
  });

  it('exits 1 when it cannot write the dataset', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'dataset.json'));
    writeFileSync(join(dir, 'dataset.json', 'x'), '');
    const run = runCli(['--seeds', SEEDS, '--out', join(dir, 'dataset.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^could not write .*dataset\.json: /);
    expect(existsSync(join(dir, 'dataset.json', 'x'))).toBe(true);
  });
});

describe('cli: many seeds', () => {
  it('builds 1,500 releases from one folder', () => {
    const dir = tempDir();
    // A short release of our own (the folder's size is what is tested, not the extraction), the same
    // text under a new title each time: republications of one event, every file accounted for.
    const body = 'BISHKEK, 3 March 2025 – A three-day seminar on risk analysis for 24 customs officers from Kyrgyzstan and Tajikistan opened today in Bishkek, organised by the regional customs training centre. The officers practised profiling cargo and passengers at border crossings.\n';
    for (let i = 0; i < 1500; i++) writeFileSync(join(dir, `r${String(i).padStart(4, '0')}.txt`), `Release number ${i}\n${body}`);
    const run = runCli(['--seeds', dir, '--out', join(dir, 'out', 'dataset.json')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^1 event \(1499 more releases joined to them\), 0 rejected → /m);
    expect(run.stdout.match(/^↳ r\d{4}\.txt {2}republication of the event in r0000\.txt/gm)).toHaveLength(1499);
  });
});

describe('cli: seeds that are not regular files', () => {
  it.skipIf(process.platform === 'win32')('rejects a folder and a FIFO named like releases without waiting for a writer', () => {
    const dir = tempDir();
    const [first] = readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort();
    writeFileSync(join(dir, first!), readFileSync(join(SEEDS, first!)));
    mkdirSync(join(dir, 'folder.txt'));
    expect(spawnSync('mkfifo', [join(dir, 'pipe.txt')]).status).toBe(0);
    const run = runCli(['--seeds', dir, '--out', join(tempDir(), 'dataset.json')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✗ folder.txt  could not read folder.txt (not a regular file): check that it is a readable file');
    expect(run.stdout).toContain('✗ pipe.txt  could not read pipe.txt (not a regular file): check that it is a readable file');
  });
});
