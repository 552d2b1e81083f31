// `npm run dev` with a seeds folder of its own: a release added while the page is open appears
// without a reload; a correction made in the details panel lands in corrections.yaml and survives
// `npm run data`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { Dataset } from '../../src/schema/dataset.ts';
import { assertChromium } from './support/chromium-path.ts';
import { startDevServer, type DevServer } from './support/dev-server.ts';
import { expectCount, expectVisible } from './support/eventually.ts';

const SEEDS = 'seeds';
let dir: string;
let server: DevServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-dev-'));
  const seeds = join(dir, 'seeds');
  spawnSync('mkdir', ['-p', seeds]);
  for (const name of ['000_d4ec6a025d7df8af.txt', '001_7dafee3892481c7c.txt']) copyFileSync(join(SEEDS, name), join(seeds, name));
  server = await startDevServer(seeds, join(dir, 'data', 'dataset.json'), join(dir, 'cache'));
  browser = await chromium.launch({ executablePath: assertChromium(), args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test('adding a release file makes its event appear in the open page, without a reload', async () => {
  await page.goto(server.url);
  const events = page.getByRole('list', { name: 'Events' }).getByRole('listitem');
  await expectCount(events, 2, 'the two seed events');
  await page.evaluate(() => ((window as { marker?: number }).marker = 42));
  copyFileSync('tests/fixtures/archive/bishkek-workshop-note.md', join(dir, 'seeds', 'bishkek-workshop-note.md'));
  await expectCount(events, 3, 'three events after the Markdown note was added');
  await expectVisible(events.filter({ hasText: 'Bishkek' }), 'the Bishkek event');
  // The same document: the page was not reloaded.
  expect(await page.evaluate(() => (window as { marker?: number }).marker)).toBe(42);
  // A bad release shows its reason in the page.
  writeFileSync(join(dir, 'seeds', 'broken.html'), '<!doctype html><html><head></head><body></body></html>');
  await expectVisible(page.getByText('1 release could not be read'), 'the build problems notice');
  await page.screenshot({ path: 'screenshots/dev-build-report.png' });
}, 90_000);

test('a correction made in the details panel is written to corrections.yaml and survives npm run data', async () => {
  const events = page.getByRole('list', { name: 'Events' }).getByRole('listitem');
  await events.filter({ hasText: 'Bishkek' }).first().getByRole('button').first().click();
  const details = page.getByRole('region', { name: 'Event details' });
  await details.getByRole('button', { name: 'Correct this fact' }).click();
  const form = details.getByRole('form', { name: 'Correct a fact' });
  await form.getByLabel('Correct value').fill('32');
  await form.getByLabel('Why (note)').fill('Figure from the final report');
  await page.screenshot({ path: 'screenshots/correct-this-fact.png' });
  await form.getByRole('button', { name: 'Save correction' }).click();
  await expectVisible(details.getByText('Corrected by hand: Figure from the final report'), 'the corrected-by-hand note');
  await page.screenshot({ path: 'screenshots/corrected-by-hand.png' });
  const yaml = readFileSync(join(dir, 'seeds', 'corrections.yaml'), 'utf8');
  expect(yaml).toContain('- file: "bishkek-workshop-note.md"');
  expect(yaml).toContain('"participantCount":{"value":32,"qualifier":"exact"}');
  const out = join(dir, 'again', 'dataset.json');
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/pipeline/cli.ts', '--seeds', join(dir, 'seeds'), '--out', out, '--no-cache'], { encoding: 'utf8' });
  expect(run.status).toBe(0);
  const event = Dataset.parse(JSON.parse(readFileSync(out, 'utf8'))).events.find((e) => e.source.file === 'bishkek-workshop-note.md')!;
  expect(event.participantCount).toEqual({ value: 32, qualifier: 'exact' });
  expect(event.corrections).toEqual([{ field: 'participantCount', note: 'Figure from the final report' }]);
}, 90_000);
