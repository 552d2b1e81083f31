// `npm run dev` for a journey of its own: the one support module for the dev-server journeys
// (tests/e2e/dev-server.test.ts, tests/e2e/correct-facts.test.ts, tests/e2e/split-and-join-reports.test.ts). A seeds folder of the test's
// own, the dev server on it, one page in the run's Chromium for the file; and the build of that folder
// again, as `npm run data` makes it, to check what a correction left behind.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { runDataCli } from '../../../src/pipeline/run-data-cli.ts';
import { Dataset } from '../../../src/schema/dataset.ts';
import { DESKTOP } from './atlas.ts';
import { freePort } from './preview-server.ts';
import { connectBrowser } from './shared-browser.ts';

export interface DevServer {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * `vite` (the dev server, as `npm run dev` starts it) on a seeds folder and a data folder of the
 * test's own (ATLAS_SEEDS, ATLAS_OUT), in its own process group so stop() ends it and the builds
 * it started. Resolves once the first build of the data is served.
 */
export async function startDevServer(seeds: string, out: string, cache: string): Promise<DevServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', ATLAS_SEEDS: seeds, ATLAS_OUT: out, ATLAS_CACHE: cache, ATLAS_VITE_CACHE: `${cache}/vite` },
  });
  const onExit = () => killGroup(child, 'SIGKILL');
  process.once('exit', onExit);
  let log = '';
  const collect = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-8000));
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const stop = async () => {
    killGroup(child, 'SIGTERM');
    await new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
    process.off('exit', onExit);
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite exited with ${child.exitCode}:\n${log}`);
    try {
      const response = await fetch(`${url}data/app/summary.json`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return { url, output: () => log, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  await stop();
  throw new Error(`the dev server did not serve the data within 90 s:\n${log}`);
}

/** How long a journey waits for the dev server's rebuild (a second or two; much longer on a busy machine). */
export const REBUILT = 120_000;

export interface DevAtlas {
  /** The test's folder: seeds/ (what the dev server builds), data/, cache/. */
  dir: string;
  seeds: string;
  cache: string;
  server: DevServer;
  page: Page;
}

/**
 * For one test file: copies `releases` into a seeds folder of its own, starts the dev server on it
 * and one page in the run's Chromium (the journey goes on from test to test in the same page); ends
 * them after the file. The returned function gives them inside a test.
 */
export function useDevAtlas(releases: readonly string[]): () => DevAtlas {
  let atlas: DevAtlas | undefined;
  let browser: Browser | undefined;
  let server: DevServer | undefined;
  let dir: string | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-dev-'));
    const seeds = join(dir, 'seeds');
    const cache = join(dir, 'cache');
    mkdirSync(seeds);
    for (const file of releases) copyFileSync(file, join(seeds, basename(file)));
    server = await startDevServer(seeds, join(dir, 'data', 'dataset.json'), cache);
    browser = await connectBrowser();
    const page = await browser.newPage({ viewport: DESKTOP, reducedMotion: 'reduce' });
    atlas = { dir, seeds, cache, server, page };
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  return () => {
    if (!atlas) throw new Error('useDevAtlas(): the dev server exists only inside a test');
    return atlas;
  };
}

/**
 * Builds `seeds` again as `npm run data` does (its body, runDataCli, in this process: no second
 * Node and gazetteer load), with `cache` or none; the dataset it wrote. The build must print no error.
 */
export function rebuildSeeds(seeds: string, out: string, cache: string | null): Dataset {
  let stderr = '';
  const code = runDataCli(['--seeds', seeds, '--out', out, ...(cache ? ['--cache', cache] : ['--no-cache'])], {
    stdout: () => undefined,
    stderr: (text) => (stderr += text),
    sourceDateEpoch: undefined,
  });
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return Dataset.parse(JSON.parse(readFileSync(out, 'utf8')));
}
