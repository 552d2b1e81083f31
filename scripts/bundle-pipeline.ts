// npx tsx scripts/bundle-pipeline.ts [ROOT]: the build step (src/pipeline/cli.ts and the worker threads'
// extract-worker.ts) as two JavaScript files in ROOT/.cache/pipeline/, which `npm run data` and the build
// benchmark run with plain node. Measured on the 10,000 generated releases: under tsx, every module is
// transpiled at each start (the main thread's and each worker's: seconds on this machine), and esbuild's
// keepNames, which tsx always sets, wraps every named closure in a `__name(…)` call each time the closure
// is made, about 5 % of extraction. The bundle is made anew on every run (a few hundred ms), so it is never
// stale; the tests and the dev server still run the sources through tsx: the code is the same.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

/** Where the bundle is written, under the checkout's root (git-ignored). */
export const PIPELINE_BUNDLE_DIR = join('.cache', 'pipeline');

// A module that finds files beside its source (the extractor's version hashes src/, the gazetteer's index
// stamp reads its folder, packages are resolved from there) keeps its own source file's URL for
// `import.meta.url`, as under tsx. The one exception is the worker pool, which must start the bundled
// worker that sits beside the bundle.
const KEEPS_BUNDLE_URL = /[\\/]extract-in-workers\.ts$/;

function sourceUrls(): Plugin {
  return {
    name: 'source-import-meta-url',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        const contents = KEEPS_BUNDLE_URL.test(args.path) ? source : source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
        return { contents, loader: 'ts' };
      });
    },
  };
}

/**
 * Bundles the build step of the checkout at `root` into `outdir` (inside the checkout, where its
 * packages resolve); returns the path of the CLI to run with node.
 */
export async function bundlePipeline(root: string, outdir = join(root, PIPELINE_BUNDLE_DIR)): Promise<string> {
  await build({
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
    plugins: [sourceUrls()],
  });
  return join(outdir, 'cli.js');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await bundlePipeline(resolve(process.argv[2] ?? '.'));
}
