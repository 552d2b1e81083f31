// npx tsx bench/app/allocations.ts — what a pass of filter (or --kind scrub) steps allocates at 100,000
// events, by the function that allocates (V8's sampling heap profiler, every 32 kB on average, objects
// collected since included), in the app trace.ts built (bench/out/trace/app, or --app DIR, e.g. a
// baseline's bench/out/trace/app-NAME). Garbage a step leaves is collected in a later one.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { inPageStep } from './in-page.ts';
import { openStepPage, stepSearches } from './step-page.ts';

const { values: args } = parseArgs({ options: { app: { type: 'string', default: 'bench/out/trace/app' }, kind: { type: 'string', default: 'filter' }, 'below-fold': { type: 'boolean', default: false } } });
interface Node { callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; selfSize: number; children: Node[] }

const appDir = resolve(args.app);
const steps = stepSearches(args.kind);
const { page, context, close } = await openStepPage(appDir, steps, args['below-fold']);
try {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', { samplingInterval: 32768, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  for (const search of steps) await page.evaluate(inPageStep, { search, timeoutMs: 10_000 });
  const { profile } = await cdp.send('HeapProfiler.stopSampling');
  const maps = new Map<string, TraceMap | null>();
  const where = (f: Node['callFrame']) => {
    if (!f.url.startsWith('http')) return f.url || '(native)';
    if (!maps.has(f.url)) {
      const file = join(appDir, new URL(f.url).pathname);
      maps.set(f.url, existsSync(`${file}.map`) ? new TraceMap(readFileSync(`${file}.map`, 'utf8')) : null);
    }
    const map = maps.get(f.url);
    const o = map ? originalPositionFor(map, { line: f.lineNumber + 1, column: f.columnNumber }) : null;
    return `${(o?.source ?? f.url).replace(/.*node_modules\//, '').replace(/.*\/src\//, 'src/')}:${o?.line ?? ''}`;
  };
  const self = new Map<string, number>();
  const walk = (n: Node) => {
    const k = `${n.callFrame.functionName || '(anon)'}  ${where(n.callFrame)}`;
    self.set(k, (self.get(k) ?? 0) + n.selfSize);
    n.children.forEach(walk);
  };
  walk(profile.head as unknown as Node);
  const total = [...self.values()].reduce((s, x) => s + x, 0);
  console.log(`${args.kind} steps (${steps.length}): ${(total / steps.length / 1024).toFixed(0)} kB allocated a step (sampled), by function:`);
  for (const [k, b] of [...self].sort((x, y) => y[1] - x[1]).slice(0, 30)) console.log(`  ${(b / steps.length / 1024).toFixed(1).padStart(8)} kB  ${k}`);
} finally {
  await close();
}
