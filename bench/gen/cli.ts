// npm run gen -- --count N --out DIR [--seed S]: writes DIR/releases/*.txt and DIR/expected.json,
// the development corpus's layout, so `npm run eval -- --corpus DIR` scores it and
// `npm run data -- --seeds DIR/releases` builds it. The generator's only impure file.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readGeoNamesRows } from '../../src/pipeline/gazetteer/load-gazetteer.ts';
import { corpusFiles } from './corpus-files.ts';
import { generateCorpus } from './generate-corpus.ts';
import { buildVenuePool } from './venue-pool.ts';

const USAGE = 'usage: npm run gen -- --count N --out DIR [--seed S]';

function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
}

function main(args: readonly string[]): number {
  const count = Number(option(args, '--count'));
  const out = option(args, '--out');
  const seed = Number(option(args, '--seed') ?? 1);
  if (!Number.isInteger(count) || count < 1 || !out || !Number.isInteger(seed)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const started = performance.now();
  const releases = generateCorpus(count, seed, buildVenuePool(readGeoNamesRows()));
  // A smaller corpus written over a larger one must not leave old releases behind.
  rmSync(join(out, 'releases'), { recursive: true, force: true });
  mkdirSync(join(out, 'releases'), { recursive: true });
  for (const [path, content] of corpusFiles(releases)) writeFileSync(join(out, path), content);
  process.stdout.write(`${count} releases (seed ${seed}) → ${out} in ${Math.round(performance.now() - started)} ms\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
