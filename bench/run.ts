// npm run bench [-- --readme] — runs every benchmark in turn (build step, then the app in Chromium),
// passes their output through, and ends with all their `name: value unit` lines together.
// With --readme it also rewrites the figures table in README.md (between the bench markers), with
// the date and the machine, so the published numbers are always ones this command printed.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseBenchLines, renderFiguresTable, replaceBetweenMarkers, type BenchLine } from './bench-lines.ts';

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

if (process.argv.includes('--readme')) {
  const date = new Date().toISOString().slice(0, 10);
  const table = renderFiguresTable(lines, { date, machine: machine() });
  writeFileSync('README.md', replaceBetweenMarkers(readFileSync('README.md', 'utf8'), table));
  console.error('README.md figures table updated');
}
process.exit(failed.length ? 1 : 0);
