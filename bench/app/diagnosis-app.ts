// The app a diagnosis script (heap.ts, trace.ts) drives: built by Vite into its folder, with the app
// files of a generated dataset of N events served beside it, as bench:app serves them. The dataset
// and its app files are made once per N and shared with bench:app (bench/out/app).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { encodeAppFiles } from '../../src/pipeline/app-files/encode-app-files.ts';
import { writeAppFiles } from '../../src/pipeline/app-files/write-app-files.ts';
import { APP_FILES_DIR } from '../../src/schema/app-files.ts';
import { Dataset } from '../../src/schema/dataset.ts';
import { makeDataset } from './make-dataset.ts';

const OUT = resolve('bench/out/app');

/** Builds the app of the checkout in `root` (this one by default) into `app` (Vite, with `viteArgs`) unless `reuse` and a build is there. */
export function buildApp(app: string, reuse: boolean, viteArgs: readonly string[] = [], root = '.'): void {
  if (reuse && existsSync(join(app, 'index.html'))) return;
  const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', resolve(app), '--emptyOutDir', ...viteArgs, '--logLevel', 'warn'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}${r.stderr}`);
}

/** The generated dataset of `n` events, made once. */
function datasetFile(n: number): string {
  mkdirSync(OUT, { recursive: true });
  const dataset = join(OUT, `dataset-${n}.json`);
  if (!existsSync(dataset)) writeFileSync(dataset, JSON.stringify(makeDataset(n)));
  return dataset;
}

/**
 * A hash of the code of `root` that writes the app's files (as bench:app's writerVersion): files
 * written by another writer (an older summary format) are written again, not served to an app
 * that cannot read them.
 */
function writerStamp(root: string): string {
  const hash = createHash('sha256');
  const files = ['src/schema/app-files.ts', 'src/schema/search-terms.ts', 'src/schema/posting-codec.ts', 'src/schema/int-list-codec.ts', ...readdirSync(join(root, 'src/pipeline/app-files')).map((f) => `src/pipeline/app-files/${f}`)];
  for (const file of files.sort()) hash.update(file).update(existsSync(join(root, file)) ? readFileSync(join(root, file)) : '');
  return hash.digest('hex').slice(0, 16);
}

/** Whether `filesDir` holds app files written by the writer of `root`; if not, forgets what it holds. */
function writtenBy(root: string, filesDir: string): boolean {
  const stampFile = join(filesDir, 'writer-stamp');
  if (existsSync(join(filesDir, APP_FILES_DIR, 'summary.json')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === writerStamp(root)) return true;
  rmSync(filesDir, { recursive: true, force: true });
  return false;
}

/** Serves the app files of a generated dataset of `n` events from `app`/data/app (made in `filesDir` when missing). */
export function serveDataset(app: string, n: number, filesDir: string): void {
  const dataset = datasetFile(n);
  if (!writtenBy('.', filesDir)) {
    writeAppFiles(filesDir, encodeAppFiles(Dataset.parse(JSON.parse(readFileSync(dataset, 'utf8')))));
    writeFileSync(join(filesDir, 'writer-stamp'), writerStamp('.'));
  }
  linkFiles(app, filesDir);
}

/**
 * serveDataset for the app of another checkout (a baseline's worktree): its files written by that
 * checkout's own schema and writer, which another commit may encode otherwise.
 */
export async function serveDatasetOf(root: string, app: string, n: number, filesDir: string): Promise<void> {
  const dataset = datasetFile(n);
  const fromRoot = <T>(file: string): Promise<T> => import(pathToFileURL(join(resolve(root), file)).href) as Promise<T>;
  if (!writtenBy(root, filesDir)) {
    const schema = await fromRoot<typeof import('../../src/schema/dataset.ts')>('src/schema/dataset.ts');
    const encode = await fromRoot<typeof import('../../src/pipeline/app-files/encode-app-files.ts')>('src/pipeline/app-files/encode-app-files.ts');
    const write = await fromRoot<typeof import('../../src/pipeline/app-files/write-app-files.ts')>('src/pipeline/app-files/write-app-files.ts');
    write.writeAppFiles(filesDir, encode.encodeAppFiles(schema.Dataset.parse(JSON.parse(readFileSync(dataset, 'utf8')))));
    writeFileSync(join(filesDir, 'writer-stamp'), writerStamp(root));
  }
  linkFiles(app, filesDir);
}

/** Hard-links the app files written in `filesDir` into the built app's data/app. */
function linkFiles(app: string, filesDir: string): void {
  const served = join(app, 'data', 'app');
  rmSync(join(app, 'data'), { recursive: true, force: true });
  mkdirSync(served, { recursive: true });
  for (const f of readdirSync(join(filesDir, APP_FILES_DIR))) linkSync(join(filesDir, APP_FILES_DIR, f), join(served, f));
}
