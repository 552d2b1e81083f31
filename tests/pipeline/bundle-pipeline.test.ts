// `npm run data` runs the build step from a bundle (scripts/bundle-pipeline.ts), the tests and the dev
// server from the sources: the two must write the same bytes, worker threads and gazetteer included.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundlePipeline } from '../../scripts/bundle-pipeline.ts';
import { dataCli } from '../support/run-data-cli.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Inside the checkout (packages resolve from there), apart from the bundle `npm run data` uses.
const BUNDLE_DIR = join(ROOT, '.cache', `pipeline-test-${process.pid}`);
const FIXTURES = join(ROOT, 'tests/fixtures/releases');

function filesUnder(dir: string): Map<string, Buffer> {
  const names = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  return new Map(names.map((d) => [relative(dir, join(d.parentPath, d.name)), readFileSync(join(d.parentPath, d.name))]));
}

describe('the bundled build step', () => {
  let cli = '';
  beforeAll(async () => {
    cli = await bundlePipeline(ROOT, BUNDLE_DIR);
  });
  afterAll(() => rmSync(BUNDLE_DIR, { recursive: true, force: true }));

  it('writes the same files as the sources, with two worker threads', () => {
    // The project's seeds and every release fixture: places, dates, roles, organisers and reports of one event.
    const seeds = mkdtempSync(join(tmpdir(), 'atlas-bundle-seeds-'));
    for (const name of readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt'))) copyFileSync(join(ROOT, 'seeds', name), join(seeds, name));
    for (const name of readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'))) copyFileSync(join(FIXTURES, name), join(seeds, name));
    const fromSources = mkdtempSync(join(tmpdir(), 'atlas-bundle-src-'));
    const fromBundle = mkdtempSync(join(tmpdir(), 'atlas-bundle-out-'));
    const args = ['--seeds', seeds, '--no-cache', '--workers', '2'];

    const source = dataCli([...args, '--out', join(fromSources, 'dataset.json')], '0');
    const bundled = spawnSync(process.execPath, ['--no-regexp-tier-up', cli, ...args, '--out', join(fromBundle, 'dataset.json')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: '0' },
    });

    expect(source.code).toBe(0);
    expect(bundled.stderr).toBe('');
    expect(bundled.status).toBe(0);
    const expected = filesUnder(fromSources);
    const got = filesUnder(fromBundle);
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [name, bytes] of expected) expect(got.get(name)?.equals(bytes), name).toBe(true);
    // Every release became an event or joined one: the build did extract them.
    expect(bundled.stdout).toMatch(new RegExp(`\\n\\d+ events \\(\\d+ more releases? joined to them\\), 0 rejected|\\n${readdirSync(seeds).length} events, 0 rejected`));
  });

  it('keeps no function names (the cost under tsx it removes)', () => {
    expect(readFileSync(cli, 'utf8')).not.toContain('__name(');
    expect(readFileSync(join(BUNDLE_DIR, 'extract-worker.js'), 'utf8')).not.toContain('__name(');
  });
});
