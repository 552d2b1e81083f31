// npx tsx scripts/bundle-pipeline.ts [ROOT]: the build step (src/pipeline/cli.ts and the worker threads'
// extract-worker.ts) as two JavaScript files in ROOT/.cache/pipeline/, which `npm run data` and the build
// benchmark run with plain node. Measured on the 10,000 generated releases: under tsx, every module is
// transpiled at each start (the main thread's and each worker's: seconds on this machine), and esbuild's
// keepNames, which tsx always sets, wraps every named closure in a `__name(…)` call each time the closure
// is made, about 5 % of extraction. The bundle is made anew on every run (a few hundred ms), so it is never
// stale; the tests still run the sources through tsx: the code is the same. The dev server keeps a bundler
// of its own (pipelineBundler), bundled again before a build of the data only when a source has changed.
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, context, type BuildOptions, type Plugin } from 'esbuild';

/** Where the bundle is written, under the checkout's root (git-ignored). */
export const PIPELINE_BUNDLE_DIR = join('.cache', 'pipeline');

// A module that finds files beside its source (the extractor's version hashes src/, the gazetteer's index
// stamp reads its folder, packages are resolved from there) keeps its own source file's URL for
// `import.meta.url`, as under tsx. The one exception is the worker pool, which must start the bundled
// worker that sits beside the bundle.
const KEEPS_BUNDLE_URL = /[\\/]extract-in-workers\.ts$/;

function withSourceUrl(path: string, source: string): string {
  return KEEPS_BUNDLE_URL.test(path) ? source : source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href));
}

/** `read`, when given, learns each source's stamp as it is read (before, so a change while bundling is seen next time). */
function sourceUrls(read?: (path: string) => void): Plugin {
  return {
    name: 'source-import-meta-url',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
        read?.(args.path);
        return { contents: withSourceUrl(args.path, readFileSync(args.path, 'utf8')), loader: 'ts' };
      });
    },
  };
}

function stampOf(file: string): string {
  try {
    const { mtimeMs, size } = statSync(file);
    return `${mtimeMs}:${size}`;
  } catch {
    return 'gone';
  }
}

function buildOptions(root: string, outdir: string, plugin: Plugin): BuildOptions {
  return {
    absWorkingDir: resolve(root),
    entryPoints: { cli: join(root, 'src/pipeline/cli.ts'), 'extract-worker': join(root, 'src/pipeline/extract-worker.ts') },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Node 20 reads \p{…} in a regular expression literal; left to the target alone, esbuild rewrites
    // every such literal as `new RegExp("…", "u")`, built anew each time a function runs one (131 of
    // them, some inside loops over words): a literal costs a fraction of that.
    supported: { 'regexp-unicode-property-escapes': true },
    // Packages load from node_modules as they are (the bundle sits inside the checkout, so they resolve).
    packages: 'external',
    keepNames: false,
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [plugin],
  };
}

/**
 * Bundles the build step of the checkout at `root` into `outdir` (inside the checkout, where its
 * packages resolve); returns the path of the CLI to run with node.
 */
export async function bundlePipeline(root: string, outdir = join(root, PIPELINE_BUNDLE_DIR)): Promise<string> {
  await build(buildOptions(root, outdir, sourceUrls()));
  return join(outdir, 'cli.js');
}

export interface PipelineBundler {
  /** Bundles the sources as they are now; the path of the CLI to run with node. */
  rebuild(): Promise<string>;
  dispose(): Promise<void>;
}

/**
 * A bundler kept open (the dev server's): a rebuild when no source the bundle was made of has changed
 * (by modification time and size) costs a few ms of stat calls, not the half second of bundling nor the
 * seconds tsx takes to transpile every module at each start. A new file can only enter the bundle
 * through an import in a changed one, so the sources of the last bundle are all there is to check.
 */
export async function pipelineBundler(root: string, outdir: string): Promise<PipelineBundler> {
  const stamps = new Map<string, string>();
  const ctx = await context({ ...buildOptions(root, outdir, sourceUrls((file) => stamps.set(file, stampOf(file)))), metafile: true });
  const cli = join(outdir, 'cli.js');
  let fresh = false;
  return {
    rebuild: async () => {
      if (fresh && [...stamps].every(([file, stamp]) => stampOf(file) === stamp)) return cli;
      fresh = false;
      stamps.clear();
      const result = await ctx.rebuild();
      // Inputs our loader did not read (a JSON table, say) are stamped now.
      for (const file of Object.keys(result.metafile?.inputs ?? {}).map((f) => resolve(root, f))) if (!stamps.has(file)) stamps.set(file, stampOf(file));
      fresh = true;
      return cli;
    },
    dispose: () => ctx.dispose(),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await bundlePipeline(resolve(process.argv[2] ?? '.'));
}
