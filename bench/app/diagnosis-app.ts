// The app a diagnosis script (heap.ts, trace.ts) drives: built by Vite into its folder, with the app
// files of a generated dataset of N events served beside it, as bench:app serves them. The dataset
// and its app files are made once per N and shared with bench:app (bench/out/app).
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { encodeAppFiles } from '../../src/pipeline/app-files/encode-app-files.ts';
import { writeAppFiles } from '../../src/pipeline/app-files/write-app-files.ts';
import { APP_FILES_DIR } from '../../src/schema/app-files.ts';
import { Dataset } from '../../src/schema/dataset.ts';
import { makeDataset } from './make-dataset.ts';

const OUT = resolve('bench/out/app');

/** Builds the app into `app` (Vite, with `viteArgs`) unless `reuse` and a build is there. */
export function buildApp(app: string, reuse: boolean, viteArgs: readonly string[] = []): void {
  if (reuse && existsSync(join(app, 'index.html'))) return;
  const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', app, '--emptyOutDir', ...viteArgs, '--logLevel', 'warn'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}${r.stderr}`);
}

/** Serves the app files of a generated dataset of `n` events from `app`/data/app (made in `filesDir` when missing). */
export function serveDataset(app: string, n: number, filesDir: string): void {
  mkdirSync(OUT, { recursive: true });
  const dataset = join(OUT, `dataset-${n}.json`);
  if (!existsSync(dataset)) writeFileSync(dataset, JSON.stringify(makeDataset(n)));
  if (!existsSync(join(filesDir, APP_FILES_DIR, 'summary.json'))) writeAppFiles(filesDir, encodeAppFiles(Dataset.parse(JSON.parse(readFileSync(dataset, 'utf8')))));
  const served = join(app, 'data', 'app');
  rmSync(join(app, 'data'), { recursive: true, force: true });
  mkdirSync(served, { recursive: true });
  for (const f of readdirSync(join(filesDir, APP_FILES_DIR))) linkSync(join(filesDir, APP_FILES_DIR, f), join(served, f));
}
