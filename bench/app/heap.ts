// npx tsx bench/app/heap.ts — what the app's JS heap holds at 100,000 events, after the first view
// and after the interactions bench:app makes (an unmeasured pass over the 30 country filters and
// 30 window positions, three passes, two more with the event list in sight, 4 s of playback, a
// search typed key by key): the heap as bench:app reads it (`JSHeapUsedSize` after a forced
// collection), and with --snapshot a heap snapshot summarised by constructor (self size) and by
// what retains most (dominator tree). A diagnosis, not a benchmark: heap figures do not depend on
// the machine's load, so it can be run beside other work.
// Options: --events N (default 100000), --skip-build, --quick (one pass and no in-sight passes),
// --snapshot (write bench/out/heap/after.heapsnapshot and print its summary), --unminified
// (build with names kept, for the snapshot's constructor names), --app DIR (measure a built app as is).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { assertChromium } from '../../tests/e2e/support/chromium-path.ts';
import { startPreview } from '../../tests/e2e/support/preview-server.ts';
import { buildApp, serveDataset } from './diagnosis-app.ts';
import { heapMb, STEP_COUNTRIES } from './page-measures.ts';
import { inPageFirstView, inPagePlay, inPageStep, inPageType } from './in-page.ts';
import { summariseSnapshot } from './heap-summary.ts';

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    'skip-build': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    snapshot: { type: 'boolean', default: false },
    unminified: { type: 'boolean', default: false },
    app: { type: 'string' },
  },
});
const N = Number(args.events);
const DIR = resolve('bench/out/heap');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const log = (s: string) => console.error(`[bench:heap] ${s}`);

function prepare(): string {
  const app = args.app ? resolve(args.app) : join(DIR, 'app');
  if (!args.app) buildApp(app, args['skip-build'], args.unminified ? ['--minify', 'false'] : []);
  serveDataset(app, N, join(DIR, `data-${N}`));
  return app;
}

async function snapshot(page: Page, file: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const parts: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => parts.push(chunk));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  writeFileSync(file, parts.join(''));
}

async function main() {
  mkdirSync(DIR, { recursive: true });
  const app = prepare();
  const server = await startPreview(app);
  const browser = await chromium.launch({ executablePath: assertChromium(), args: CHROMIUM_ARGS, headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', timezoneId: 'UTC' });
    await context.route((u) => !u.href.startsWith(server.url), (route) => route.abort('blockedbyclient'));
    // tsx (esbuild keepNames) wraps named functions in __name(), which the page lacks.
    await context.addInitScript('window.__name = (f) => f');
    const page = await context.newPage();
    page.on('pageerror', (e) => log(`page error: ${e.message}`));
    await page.goto(server.url, { waitUntil: 'domcontentloaded' });
    const first = await page.evaluate(inPageFirstView, 120_000);
    log(`first view ${first.ms.toFixed(0)} ms (parse ${first.parseMs.toFixed(0)}, index ${first.indexMs.toFixed(0)}, render ${first.renderMs.toFixed(0)})`);
    const load = await heapMb(page);
    console.log(`heap.after_load_mb: ${load.toFixed(1)} MB`);
    if (args.snapshot) await snapshot(page, join(DIR, 'load.heapsnapshot'));
    const step = async (search: string) => {
      const t = await page.evaluate(inPageStep, { search, timeoutMs: 10_000 });
      if (!t) throw new Error(`step ${search} timed out`);
    };
    const filters = STEP_COUNTRIES.map((c) => `?country=${c}`);
    const scrubs = Array.from({ length: 30 }, (_, i) => `?from=${new Date(Date.UTC(2001, i, 1)).toISOString().slice(0, 10)}&to=${new Date(Date.UTC(2005, i, 0)).toISOString().slice(0, 10)}`);
    const pass = async () => {
      for (const s of [...filters, '?', ...scrubs, '?']) await step(s);
    };
    await page.waitForLoadState('networkidle');
    await pass();
    for (let i = 0; i < (args.quick ? 0 : 3); i++) await pass();
    console.log(`heap.after_steps_mb: ${(await heapMb(page)).toFixed(1)} MB`);
    await page.getByRole('list', { name: 'Events' }).evaluate((list) => list.scrollIntoView({ block: 'start' }));
    for (let i = 0; i < (args.quick ? 1 : 2); i++) await pass();
    console.log(`heap.after_in_sight_mb: ${(await heapMb(page)).toFixed(1)} MB`);
    await page.evaluate(inPagePlay, 4000);
    await page.evaluate(inPageType, { text: 'Kazakstan', timeoutMs: 10_000 });
    console.log(`heap.after_interactions_mb: ${(await heapMb(page)).toFixed(1)} MB`);
    if (args.snapshot) {
      const file = join(DIR, 'after.heapsnapshot');
      await snapshot(page, file);
      console.log(summariseSnapshot(readFileSync(file, 'utf8')));
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
