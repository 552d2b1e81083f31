import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin, ViteDevServer } from 'vite';
import { correctionSnippets, DEV_CORRECTIONS_URL, DEV_DATA_EVENT, DEV_REPORT_URL, type CorrectionEntry, type DevBuildReport } from '../schema/correction-snippet.ts';
import { Correction } from '../schema/corrections.ts';
import { isReportRule, ReportRule } from '../schema/report-rule.ts';
import { readCorrections } from '../pipeline/corrections/read-corrections.ts';
import { serialBuilds } from './serial-builds.ts';
import { pipelineBundler, type PipelineBundler } from '../../scripts/bundle-pipeline.ts';

const HEADER = `# Corrections made by hand, applied after extraction (npm run data). Each entry:
#   - file: <release file, or feed-file#guid>   textSha256: <optional>   set: {…}   remove: [...]   note: <why>
# yaml-language-server: $schema=../public/data/corrections.schema.json
`;

/**
 * \`npm run dev\`: builds the data when the server starts and again whenever a file in the seeds
 * folder is added, changed or removed (incrementally: one changed release is one extraction);
 * then tells the page over Vite's HMR socket, which refetches the data without a reload and
 * shows rejected releases and failed builds. Serves the data files itself, and takes corrections
 * from the details panel (POST, appended to corrections.yaml, comments kept).
 * ATLAS_SEEDS, ATLAS_OUT and ATLAS_CACHE choose other folders (the dev-server tests use temporary ones).
 * The build step runs as `npm run data` runs it, bundled (a bundler of this server's own, in a folder of
 * its own under .cache, so that two dev servers never write each other's bundle), rebundled before each
 * build so that a change to the build step's sources is in the next build.
 */
export function atlasDevData(): Plugin {
  const seeds = resolve(process.env.ATLAS_SEEDS ?? 'seeds');
  const out = resolve(process.env.ATLAS_OUT ?? 'public/data/dataset.json');
  let report: DevBuildReport = { ok: true, rejected: [], warnings: [], error: null };
  // The report of the build before the last: what a correction's failed build gives back.
  let previous = report;
  let server: ViteDevServer | null = null;
  const correctionsFile = join(seeds, 'corrections.yaml');
  // What this server last wrote to corrections.yaml (null: removed it), so its own writes start no second build.
  let ownWrite: string | null | undefined;
  let timer: NodeJS.Timeout | undefined;
  const bundleDir = resolve('.cache', 'dev-pipeline', String(process.pid));
  let bundler: Promise<PipelineBundler> | null = null;
  const build = serialBuilds(async () => {
    bundler ??= pipelineBundler(process.cwd(), bundleDir);
    const next = await bundler.then((b) => b.rebuild()).then(
      (cli) => runCli(cli, seeds, out),
      (error: unknown) => ({ ok: false, rejected: [], warnings: [], error: `the build step could not be bundled: ${String(error)}` }),
    );
    previous = report;
    report = next;
    server?.ws.send({ type: 'custom', event: DEV_DATA_EVENT, data: report });
  });

  return {
    name: 'atlas-dev-data',
    apply: 'serve',
    config: () => ({ server: { watch: { ignored: [`${dirname(out)}/**`, '**/.cache/**'] } } }),
    async configureServer(dev) {
      server = dev;
      dev.httpServer?.once('close', () => {
        void bundler?.then((b) => b.dispose()).finally(() => rmSync(bundleDir, { recursive: true, force: true }));
      });
      dev.watcher.add(seeds);
      const onChange = (file: string) => {
        if (!file.startsWith(seeds + sep)) return;
        // corrections.yaml as a posted correction left it: the build that judged the entry read it already.
        if (file === correctionsFile && ownWrite !== undefined && ownWrite === (existsSync(file) ? readFileSync(file, 'utf8') : null)) return;
        clearTimeout(timer);
        timer = setTimeout(() => void build(), 100);
      };
      dev.watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);
      dev.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0]!;
        if (url === DEV_REPORT_URL) return sendJson(res, 200, report);
        if (url === DEV_CORRECTIONS_URL && req.method === 'POST') {
          const undo = () => {
            // The failed build wrote nothing: the data is the build's before it, and so is its report.
            report = previous;
            dev.ws.send({ type: 'custom', event: DEV_DATA_EVENT, data: report });
          };
          const wrote = (content: string | null) => (ownWrite = content);
          return void takeCorrection(req, res, correctionsFile, wrote, () => build().then(() => report), undo);
        }
        if (url.startsWith('/data/')) return serveData(res, dirname(out), url.slice('/data/'.length), next);
        next();
      });
      await build();
    },
  };
}

function runCli(cli: string, seeds: string, out: string): Promise<DevBuildReport> {
  const cache = process.env.ATLAS_CACHE ? ['--cache', process.env.ATLAS_CACHE] : [];
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--no-regexp-tier-up', cli, '--seeds', seeds, '--out', out, ...cache], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => {
      const lines = stdout.split('\n');
      const rejected = lines.filter((l) => l.startsWith('✗ '));
      const warnings = lines.filter((l) => l.startsWith('! ')).map((l) => l.slice(2));
      for (const line of [...rejected, ...warnings, ...(stderr ? [stderr.trim()] : [])]) console.log(`[atlas] ${line}`);
      done({ ok: code === 0, rejected, warnings, error: code === 0 ? null : stderr.trim() || `the build exited with ${code}` });
    });
  });
}

function serveData(res: ServerResponse, dir: string, path: string, next: () => void): void {
  const file = resolve(dir, path);
  if (!file.startsWith(dir + sep) || !existsSync(file)) return next();
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Cache-Control', 'no-store');
  res.end(readFileSync(file));
}

/**
 * Appends the posted entry (or entries) to corrections.yaml and rebuilds. When that build fails (a place the
 * gazetteer does not know: only the build can tell), the entry is not kept.
 * The file is put back as it was and the last good build's report restored (that build's data is
 * still what is served: a failed build writes nothing), and the page is told why, so a typo in
 * the form never leaves a file that stops every build.
 */
async function takeCorrection(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  wrote: (content: string | null) => void,
  rebuild: () => Promise<DevBuildReport>,
  undo: () => void,
): Promise<void> {
  // A page from another site cannot post here: JSON needs a CORS preflight this server never grants.
  if (!String(req.headers['content-type']).startsWith('application/json')) return sendJson(res, 415, { error: 'expected application/json' });
  let body = '';
  for await (const chunk of req) body += String(chunk);
  let parsed;
  try {
    parsed = parseEntries(JSON.parse(body));
  } catch {
    return sendJson(res, 400, { error: 'the body is not JSON' });
  }
  if (!parsed.ok) return sendJson(res, 400, { error: parsed.error });
  const before = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  const after = `${before}${before.endsWith('\n') || before === '' ? '' : '\n'}${correctionSnippets(parsed.data)}`;
  const check = readCorrections(after);
  if (!check.ok) return sendJson(res, 409, { error: `corrections.yaml would not be valid: ${check.message}` });
  const existed = existsSync(file);
  wrote(after);
  writeFileSync(file, after, 'utf8');
  const report = await rebuild();
  // Only a failure of corrections.yaml is this entry's doing; any other is shown in the page as usual.
  // (The line that says so, not the first of stderr: a warning Node prints may come before it.)
  const why = report.ok || report.error === null ? undefined : report.error.split('\n').find((line) => line.includes('corrections.yaml line'));
  if (why === undefined) return sendJson(res, 200, { ok: true, file: relative(process.cwd(), file) });
  wrote(existed ? before : null);
  if (existed) writeFileSync(file, before, 'utf8');
  else rmSync(file, { force: true });
  undo();
  sendJson(res, 409, { error: `not saved: ${why.trim()}` });
}

/** The posted body: one entry (a fix of facts, or `sameEventAs` / `notSameEventAs`) or a list of them, each checked; all are saved or none. */
function parseEntries(json: unknown): { ok: true; data: CorrectionEntry[] } | { ok: false; error: string } {
  const list: unknown[] = Array.isArray(json) ? json : [json];
  if (list.length === 0) return { ok: false, error: 'expected an entry' };
  const data: CorrectionEntry[] = [];
  for (const [n, raw] of list.entries()) {
    const parsed = isReportRule(raw) ? ReportRule.safeParse(raw) : Correction.safeParse(raw);
    const where = Array.isArray(json) ? `entry ${n + 1}: ` : '';
    if (!parsed.success) return { ok: false, error: where + parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
    data.push(parsed.data);
  }
  return { ok: true, data };
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(value));
}
