import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildDatasets } from './support/build-datasets.ts';
import { assertChromium, TEST_BROWSER } from './support/chromium-path.ts';
import { startPreview } from './support/preview-server.ts';
import { launchSharedBrowser } from './support/shared-browser.ts';
import type { SeedEvent } from './support/seed-events.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    events: SeedEvent[];
  }
}

/** Runs a command to its end; rejects with the end of its output when it fails. */
function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-6000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output}`))));
  });
}

/**
 * The dataset, then the bundle (which copies it), in child processes, as `npm run build` makes them
 * but without its typecheck (`npm test` typechecks once, before any test runs). Resolves once the
 * bundle has started, with the promise of its end: the caller goes on meanwhile.
 */
async function build(): Promise<{ bundled: Promise<void> }> {
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync('dist/index.html')) {
    console.error('[e2e setup] E2E_SKIP_BUILD=1, reusing dist/');
    return { bundled: Promise.resolve() };
  }
  const started = Date.now();
  // vitest sets NODE_ENV=test, which would make Vite bundle React's development build (StrictMode
  // double mounts, a second dataset request): the browser tests must see what users get.
  const env = { ...process.env, FORCE_COLOR: '0', NODE_ENV: 'production' };
  await run('npm', ['run', 'data'], env);
  const bundled = run('npx', ['vite', 'build'], env).then(() => console.error(`[e2e setup] the data and the bundle took ${((Date.now() - started) / 1000).toFixed(1)} s`));
  return { bundled };
}

function seedEvents(outDir: string): SeedEvent[] {
  const json = JSON.parse(readFileSync(join(outDir, 'data', 'dataset.json'), 'utf8')) as {
    events: { id: string; title: string; startDate: string | null; imageUrl: string | null; venues: { city: string | null }[] }[];
  };
  return json.events.map((e) => ({ id: e.id, title: e.title, city: e.venues[0]?.city ?? null, startDate: e.startDate, imageUrl: e.imageUrl }));
}

/** Builds the app once, serves a private copy of dist/ (others may rebuild dist/ meanwhile). */
export default async function setup(project: TestProject) {
  assertChromium(TEST_BROWSER);
  // Chromium starts while the app is built; every test file connects to it.
  const browser = launchSharedBrowser();
  // Its failure is reported where it is awaited, not as an unhandled rejection meanwhile.
  browser.catch(() => undefined);
  // A failed build must not leave it running: close it however the setup ends, and again at teardown.
  const closeBrowser = () => browser.then((b) => b.close()).catch(() => undefined);
  try {
    return await setupWith(project, browser, closeBrowser);
  } catch (error) {
    await closeBrowser();
    throw error;
  }
}

async function setupWith(project: TestProject, browser: ReturnType<typeof launchSharedBrowser>, closeBrowser: () => Promise<unknown>) {
  const { bundled } = await build();
  // While the bundle is made in its own process: the fixture releases' datasets, in this one.
  const datasetsDir = resolve('test-results', 'e2e-datasets');
  rmSync(datasetsDir, { recursive: true, force: true });
  try {
    const started = Date.now();
    buildDatasets(datasetsDir);
    console.error(`[e2e setup] the fixture releases' datasets took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await bundled;
  }
  // Git-ignored and replaced on every run, so an interrupted run leaves nothing behind elsewhere.
  const outDir = resolve('test-results', 'e2e-dist');
  rmSync(outDir, { recursive: true, force: true });
  cpSync(resolve('dist'), outDir, { recursive: true });
  project.provide('browserEndpoint', (await browser).wsEndpoint());
  const server = await startPreview(outDir);
  project.provide('baseUrl', server.url);
  project.provide('datasetsDir', datasetsDir);
  project.provide('events', seedEvents(outDir));
  return async () => {
    await closeBrowser();
    await server.stop();
    rmSync(outDir, { recursive: true, force: true });
    rmSync(datasetsDir, { recursive: true, force: true });
  };
}
