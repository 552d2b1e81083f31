// npm run bench [-- --readme] — runs every benchmark in turn (build step, then the app in Chromium),
// passes their output through, and ends with all their `name: value unit` lines together.
// With --readme it also rewrites the figures table in README.md (between the bench markers), with
// the date and the machine, so the published numbers are always ones this command printed.
//
// With --baseline REF [--rounds N] [--only build|app] [--keep-baseline] it instead measures this
// checkout (as it is on disk) against commit REF, checked out in a temporary git worktree, with this
// checkout's harness: baseline, new, baseline, new, … N rounds of each (3 by default), each half's
// rounds interleaved, then prints each figure's median on both sides and the median ratio new ÷
// baseline, and exits 1 when a step (see isStep) is more than 10 % dearer. A round is the build
// bench cut short (one build of 10,000 releases, one cold build and one rebuild) and the app bench
// without the naive page and the peer.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { baselineWorktree } from './baseline-worktree.ts';
import { parseBenchLines, renderFiguresTable, replaceBetweenMarkers, type BenchLine } from './bench-lines.ts';
import { compareRuns, comparisonLines, comparisonSummary, exitCode, interleave, type Side } from './compare-runs.ts';

const SUITES = ['bench:build', 'bench:app'] as const;

interface SuiteResult {
  suite: string;
  code: number;
  lines: BenchLine[];
}

function runSuite(suite: string): Promise<SuiteResult> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', suite], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ suite, code: code ?? 1, lines: parseBenchLines(out) }));
  });
}

function machine(): string {
  const cpu = cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  return `${cpus().length} cores (${cpu}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}`;
}

const { values: args } = parseArgs({
  options: {
    readme: { type: 'boolean', default: false },
    baseline: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    only: { type: 'string' },
    'keep-baseline': { type: 'boolean', default: false },
  },
});

const HALVES = { build: 'bench/build-dataset.ts', app: 'bench/app/run.ts' } as const;
type Half = keyof typeof HALVES;

/** One half of the bench on one side's checkout, its output passed to stderr under a tag; its figures. */
function runHalf(half: Half, root: string, work: string, first: boolean, tag: string): Promise<BenchLine[]> {
  const options = half === 'build' ? ['--root', root, '--short'] : ['--root', root, '--work', work, '--app-only', ...(first ? [] : ['--skip-build'])];
  const node = half === 'build' ? ['--expose-gc', '--import', 'tsx'] : ['--import', 'tsx'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...node, HALVES[half], ...options], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    child.on('close', (code) => {
      const lines = parseBenchLines(out);
      process.stderr.write(out.split('\n').filter(Boolean).map((l) => `[${tag}] ${l}\n`).join(''));
      // A missed target exits 1 and is still a measurement; no figures at all is a failed run.
      if (lines.length === 0) reject(new Error(`${HALVES[half]} on ${root} exited ${code} without figures`));
      else resolve(lines);
    });
  });
}

async function compareWithBaseline(ref: string): Promise<number> {
  const rounds = Number(args.rounds);
  const order = interleave(rounds);
  if (args.only !== undefined && !(args.only in HALVES)) throw new Error(`--only takes build or app, not '${args.only}'`);
  const halves: Half[] = args.only === undefined ? ['build', 'app'] : [args.only as Half];
  const worktree = baselineWorktree(ref, (s) => console.error(`[baseline] ${s}`));
  const roots: Record<Side, string> = { baseline: worktree.dir, new: '.' };
  const runs: Record<Side, BenchLine[][]> = { baseline: order.filter((s) => s === 'baseline').map(() => []), new: order.filter((s) => s === 'new').map(() => []) };
  const started = performance.now();
  try {
    for (const half of halves) {
      const round: Record<Side, number> = { baseline: 0, new: 0 };
      for (const side of order) {
        const r = round[side]++;
        const tag = `${side} ${half} ${r + 1}/${rounds}`;
        console.error(`\n== ${tag} (${((performance.now() - started) / 1000).toFixed(0)} s in)`);
        runs[side][r]!.push(...(await runHalf(half, roots[side], `bench/out/compare-${side}`, r === 0, tag)));
      }
    }
  } finally {
    if (args['keep-baseline']) console.error(`[baseline] kept ${worktree.dir}`);
    else worktree.remove();
  }
  const comparisons = compareRuns(runs.baseline, runs.new);
  console.error(`\n== ${worktree.commit.slice(0, 7)} (baseline) → this checkout, medians of ${rounds} interleaved rounds`);
  for (const c of comparisons) console.error(comparisonSummary(c));
  console.log(`\n== figures (baseline ${worktree.commit.slice(0, 7)})`);
  for (const line of comparisonLines(comparisons)) console.log(line);
  console.log(`bench.compare_total_s: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const code = exitCode(comparisons);
  const regressed = comparisons.filter((c) => c.regressed).map((c) => c.name);
  console.error(code ? `FAIL: steps more than 10 % dearer than the baseline: ${regressed.join(', ')}` : 'no step is more than 10 % dearer than the baseline');
  return code;
}

async function runAll(): Promise<number> {
  const started = performance.now();
  const results: SuiteResult[] = [];
  for (const suite of SUITES) {
    console.error(`\n== npm run ${suite}`);
    results.push(await runSuite(suite));
  }
  const totalS = (performance.now() - started) / 1000;

  const lines = results.flatMap((r) => r.lines);
  lines.push({ name: 'bench.total_s', value: totalS.toFixed(0), unit: 's' });
  console.log('\n== figures');
  for (const l of lines) console.log(`${l.name}: ${l.value}${l.unit ? ` ${l.unit}` : ''}`);

  const failed = results.filter((r) => r.code !== 0);
  for (const f of failed) console.error(`npm run ${f.suite} exited ${f.code}: a target was missed or the run failed (see above)`);

  if (args.readme) {
    const date = new Date().toISOString().slice(0, 10);
    const table = renderFiguresTable(lines, { date, machine: machine() });
    writeFileSync('README.md', replaceBetweenMarkers(readFileSync('README.md', 'utf8'), table));
    console.error('README.md figures table updated');
  }
  return failed.length ? 1 : 0;
}

try {
  process.exit(args.baseline === undefined ? await runAll() : await compareWithBaseline(args.baseline));
} catch (error) {
  // Exit 2: the comparison could not be made (a bad REF or option, a run without figures), not a regression.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
