import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildDatasets } from './support/built-datasets.ts';
import { assertChromium } from './support/chromium-path.ts';
import { startPreview } from './support/preview-server.ts';
import type { SeedEvent } from './support/seed-events.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    events: SeedEvent[];
  }
}

function build(): void {
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync('dist/index.html')) {
    console.error('[e2e setup] E2E_SKIP_BUILD=1, reusing dist/');
    return;
  }
  const started = Date.now();
  // vitest sets NODE_ENV=test, which would make Vite bundle React's development build (StrictMode
  // double mounts, a second dataset request): the browser tests must see what users get.
  const env = { ...process.env, FORCE_COLOR: '0', NODE_ENV: 'production' };
  // The dataset and the bundle, as `npm run build` makes them but without its typecheck: `npm test`
  // typechecks once, before any test runs.
  for (const [command, args] of [['npm', ['run', 'data']], ['npx', ['vite', 'build']]] as const) {
    const result = spawnSync(command, args, { encoding: 'utf8', env });
    if (result.status !== 0) {
      throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}):\n${(result.stdout + result.stderr).slice(-6000)}`);
    }
  }
  console.error(`[e2e setup] the data and the bundle took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function seedEvents(outDir: string): SeedEvent[] {
  const json = JSON.parse(readFileSync(join(outDir, 'data', 'dataset.json'), 'utf8')) as {
    events: { id: string; title: string; startDate: string | null; imageUrl: string | null; venues: { city: string | null }[] }[];
  };
  return json.events.map((e) => ({ id: e.id, title: e.title, city: e.venues[0]?.city ?? null, startDate: e.startDate, imageUrl: e.imageUrl }));
}

/** Builds the app once, serves a private copy of dist/ (others may rebuild dist/ meanwhile). */
export default async function setup(project: TestProject) {
  assertChromium();
  build();
  // Git-ignored and replaced on every run, so an interrupted run leaves nothing behind elsewhere.
  const outDir = resolve('test-results', 'e2e-dist');
  rmSync(outDir, { recursive: true, force: true });
  cpSync(resolve('dist'), outDir, { recursive: true });
  const datasetsDir = resolve('test-results', 'e2e-datasets');
  rmSync(datasetsDir, { recursive: true, force: true });
  buildDatasets(datasetsDir);
  const server = await startPreview(outDir);
  project.provide('baseUrl', server.url);
  project.provide('datasetsDir', datasetsDir);
  project.provide('events', seedEvents(outDir));
  return async () => {
    await server.stop();
    rmSync(outDir, { recursive: true, force: true });
    rmSync(datasetsDir, { recursive: true, force: true });
  };
}
