// `npm run data` and the dev server run the build step from a bundle (scripts/bundle-pipeline.ts), the tests
// from the sources: the two must write the same bytes, worker threads and gazetteer included.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundlePipeline, pipelineBundler } from '../../scripts/bundle-pipeline.ts';
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

describe("the dev server's bundler", () => {
  it('bundles again only when a source of the bundle changed, and then has the change', async () => {
    // A build step of our own in a root of its own: the cli prints what a module it imports says.
    const root = mkdtempSync(join(tmpdir(), 'atlas-bundler-'));
    mkdirSync(join(root, 'src/pipeline'), { recursive: true });
    const said = join(root, 'src/pipeline/said.ts');
    writeFileSync(join(root, 'src/pipeline/cli.ts'), "import { said } from './said.ts';\nconsole.log(said);\n");
    writeFileSync(join(root, 'src/pipeline/extract-worker.ts'), 'export {};\n');
    writeFileSync(said, "export const said = 'first';\n");
    const bundler = await pipelineBundler(root, join(root, 'out'));
    const run = (cli: string) => spawnSync(process.execPath, [cli], { encoding: 'utf8' }).stdout.trim();
    try {
      const cli = await bundler.rebuild();
      expect(run(cli)).toBe('first');
      const made = statSync(cli).mtimeMs;
      expect(await bundler.rebuild()).toBe(cli);
      expect(statSync(cli).mtimeMs).toBe(made);

      writeFileSync(said, "export const said = 'second';\n");
      // A later modification time, as an editor's save gives, even on a file system with coarse times.
      utimesSync(said, new Date(), new Date(Date.now() + 5000));
      expect(run(await bundler.rebuild())).toBe('second');
    } finally {
      await bundler.dispose();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
