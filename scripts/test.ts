// `npm test`: typecheck, lint (import boundaries among others), unit and component tests, then the real-browser journeys; ends with one
// line `tests: N passed, M failed` (what CI reads) and a non-zero exit if anything failed.
// Every step runs even after a failure, so one run shows everything that is wrong. The typecheck and
// lint run side by side (each is one process on one core: together they fill this 2-core machine),
// then the unit suite (both cores), then the browser journeys. The typecheck runs once: the e2e
// build does not typecheck again.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: { status: string }[] }[];
}

const RESULTS = 'test-results';

function run(command: string, args: string[]): { ok: boolean; seconds: number } {
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return { ok: result.status === 0, seconds: (Date.now() - started) / 1000 };
}

/**
 * Runs a command beside others: its output is kept and printed whole when it ends, so two
 * commands' lines do not interleave.
 */
function runBeside(command: string, args: string[]): Promise<{ ok: boolean; seconds: number; output: string }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ ok: false, seconds: (Date.now() - started) / 1000, output: `${output}${error.message}\n` }));
    child.on('close', (code) => resolve({ ok: code === 0, seconds: (Date.now() - started) / 1000, output }));
  });
}

function countsOf(file: string): Counts | null {
  if (!existsSync(file)) return null;
  const json = JSON.parse(readFileSync(file, 'utf8')) as VitestJson;
  // A file that fails to load has no failed test but is a failure all the same.
  const brokenFiles = json.testResults.filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'));
  for (const f of brokenFiles) console.error(`✗ ${f.name}: ${f.message ?? 'failed to run'}`);
  return { passed: json.numPassedTests, failed: json.numFailedTests + brokenFiles.length, skipped: json.numPendingTests + json.numTodoTests };
}

/** Runs one vitest suite through its npm script with a JSON report beside the usual output. */
function vitestSuite(name: string, script: string): Counts {
  const file = `${RESULTS}/${name}.json`;
  rmSync(file, { force: true });
  const { ok, seconds } = run('npm', ['run', '--silent', script, '--', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  const counts = countsOf(file) ?? { passed: 0, failed: 0, skipped: 0 };
  // Exit code and report disagree (global setup failed, an unhandled error): count the suite once.
  if (!ok && counts.failed === 0) counts.failed = 1;
  // CI must not pass with tests that did not run: a skipped or todo test counts as a failure there.
  if (process.env.CI === 'true' && counts.skipped > 0) {
    console.error(`✗ ${name}: ${counts.skipped} test(s) skipped or todo; CI runs every test`);
    counts.failed += counts.skipped;
  }
  const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
  console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed${skipped} (${seconds.toFixed(1)} s)${ok ? '' : ' ✗'}`);
  return counts;
}

mkdirSync(RESULTS, { recursive: true });
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const add = (c: Counts) => {
  total.passed += c.passed;
  total.failed += c.failed;
  total.skipped += c.skipped;
};

// ESLint's cache (by content: a file is linted again when it or the config changes) makes a second
// run cost seconds instead of a core for half a minute; `tsc -b` is incremental the same way
// (tsconfig.*.json). Safe here: no rule reads types, and the one that looks past its file (the
// import boundaries) judges the path the file itself writes. `npm run lint` alone keeps no cache.
const LINT_CACHE = ['--cache', '--cache-strategy', 'content', '--cache-location', 'node_modules/.cache/eslint/'];
const [typecheck, lint] = await Promise.all([runBeside('npm', ['run', '--silent', 'typecheck']), runBeside('npm', ['run', '--silent', 'lint', '--', ...LINT_CACHE])]);
process.stdout.write(typecheck.output);
console.log(`typecheck: ${typecheck.ok ? 'passed' : 'failed ✗'} (${typecheck.seconds.toFixed(1)} s)`);
// Not a test, so it adds nothing when it passes; a failed typecheck counts as one failure.
add({ passed: 0, failed: typecheck.ok ? 0 : 1, skipped: 0 });
process.stdout.write(lint.output);
console.log(`lint: ${lint.ok ? 'passed' : 'failed ✗'} (${lint.seconds.toFixed(1)} s)`);
// Like the typecheck: a lint failure (a wrong-way import, a broken rule of hooks) is one failure.
add({ passed: 0, failed: lint.ok ? 0 : 1, skipped: 0 });

add(vitestSuite('unit', 'test:unit'));

const browser = run('bash', ['scripts/ensure-chromium.sh']);
if (browser.ok) {
  add(vitestSuite('e2e', 'test:e2e'));
} else {
  console.log('e2e: not run, Chromium is missing (see above) ✗');
  add({ passed: 0, failed: 1, skipped: 0 });
}

console.log(`tests: ${total.passed} passed, ${total.failed} failed`);
process.exitCode = total.failed > 0 ? 1 : 0;
