// npx tsx bench/app/first-view.ts --app DIR [--app DIR2 …] [--rounds N] — the first view of built apps
// (each folder a `vite build` with its app files in data/app, as bench:app or trace.ts serve them),
// measured as bench:app measures `app.first_view_ms`, in turn: app 1, app 2, …, N rounds, each load
// in a fresh browser context. On this shared machine one load says little; alternating builds and
// taking medians does. Prints per app the medians of the first view (from the summary's last byte
// to the view drawn) and its parts, and of the time from navigation to the view drawn.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { assertChromium } from '../../tests/e2e/support/chromium-path.ts';
import { startPreview, type PreviewServer } from '../../tests/e2e/support/preview-server.ts';
import { inPageFirstView, type FirstView } from './in-page.ts';

const { values: args } = parseArgs({ options: { app: { type: 'string', multiple: true }, rounds: { type: 'string', default: '5' } } });
const apps = (args.app ?? []).map((a) => resolve(a));
if (apps.length === 0) throw new Error('give at least one --app DIR');
const log = (s: string) => console.error(`[bench:first-view] ${s}`);
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Load extends FirstView {
  /** From navigation to the view drawn. */
  navigationMs: number;
  /** From navigation to the summary's last byte. */
  summaryEndMs: number;
}

const servers: PreviewServer[] = [];
const browser = await chromium.launch({ executablePath: assertChromium(), args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'], headless: true });
try {
  for (const app of apps) servers.push(await startPreview(app));
  const loads: Load[][] = apps.map(() => []);
  for (let round = 0; round < Number(args.rounds); round++) {
    for (const [k, server] of servers.entries()) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', timezoneId: 'UTC' });
      await context.route((u) => !u.href.startsWith(server.url), (route) => route.abort('blockedbyclient'));
      // tsx (esbuild keepNames) wraps named functions in __name(), which the page lacks.
      await context.addInitScript('window.__name = (f) => f');
      const page = await context.newPage();
      page.on('pageerror', (e) => log(`page error: ${e.message}`));
      await page.goto(server.url);
      const view = await page.evaluate(inPageFirstView, 60_000);
      const extra = await page.evaluate(() => {
        const data = performance.getEntriesByType('resource').find((e) => /data\/app\/summary\.json/.test(e.name)) as PerformanceResourceTiming;
        return { navigationMs: performance.getEntriesByName('atlas:drawn')[0]!.startTime, summaryEndMs: data.responseEnd };
      });
      const load = { ...view, ...extra };
      loads[k]!.push(load);
      log(`round ${round + 1} app ${k + 1}: ${load.ms.toFixed(0)} ms (parse ${load.parseMs.toFixed(0)}, indexes ${load.indexMs.toFixed(0)}, render ${load.renderMs.toFixed(0)}); navigation → drawn ${load.navigationMs.toFixed(0)}, summary's last byte at ${load.summaryEndMs.toFixed(0)}; ${load.markers} markers, ${load.rows} rows`);
      await context.close();
    }
  }
  for (const [k, app] of apps.entries()) {
    const of = (f: (l: Load) => number) => median(loads[k]!.map(f)).toFixed(0);
    console.log(`${app}: first view ${of((l) => l.ms)} ms (parse ${of((l) => l.parseMs)}, indexes ${of((l) => l.indexMs)}, render ${of((l) => l.renderMs)}); navigation → drawn ${of((l) => l.navigationMs)} ms, summary's last byte at ${of((l) => l.summaryEndMs)} ms (medians of ${loads[k]!.length})`);
  }
  if (apps.length > 1) {
    for (let k = 1; k < apps.length; k++) {
      const ratios = loads[k]!.map((l, r) => l.ms / loads[0]![r]!.ms);
      const nav = loads[k]!.map((l, r) => l.navigationMs / loads[0]![r]!.navigationMs);
      console.log(`app ${k + 1} ÷ app 1, median of rounds: first view ×${median(ratios).toFixed(2)}, navigation → drawn ×${median(nav).toFixed(2)}`);
    }
  }
} finally {
  await browser.close();
  for (const server of servers) await server.stop();
}
