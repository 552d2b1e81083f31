export interface CliArgs {
  seedsDir: string;
  outFile: string;
  strict: boolean;
  help: boolean;
  /** Where extraction results are kept between builds; null with --no-cache. */
  cacheDir: string | null;
  /** Worker threads extracting releases; null: one per core, when there are enough releases to extract. 1 extracts in this thread. */
  workers: number | null;
}

export const USAGE = `usage: npm run data -- [--seeds DIR] [--out FILE] [--strict] [--cache DIR | --no-cache] [--workers N]
  --seeds DIR   folder of press releases (.txt, .md, .html, RSS/Atom feeds) and corrections.yaml; default: seeds
  --out FILE    dataset to write; its JSON Schema goes beside it; default: public/data/dataset.json
  --strict      exit 1 if any seed was rejected (the dataset is still written)
  --cache DIR   keep extraction results between builds here; default: .cache/event-atlas
  --no-cache    extract every release again, and keep nothing
  --workers N   extract in N threads (this one and N-1 workers); default: one per core, from 2,000
                releases to extract`;

/** `--seeds DIR --out FILE --strict` (also `--seeds=DIR`) → options, or a usage error to print. */
export function parseCliArgs(argv: readonly string[]): { ok: true; args: CliArgs } | { ok: false; error: string } {
  const args: CliArgs = { seedsDir: 'seeds', outFile: 'public/data/dataset.json', strict: false, help: false, cacheDir: '.cache/event-atlas', workers: null };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = splitFlag(argv[i]!);
    if (flag === '--strict' || flag === '--help' || flag === '-h' || flag === '--no-cache') {
      if (inline !== undefined) return { ok: false, error: `${flag} takes no value` };
      if (flag === '--strict') args.strict = true;
      else if (flag === '--no-cache') args.cacheDir = null;
      else args.help = true;
      continue;
    }
    if (flag !== '--seeds' && flag !== '--out' && flag !== '--cache' && flag !== '--workers') return { ok: false, error: `unknown argument '${argv[i]}'` };
    const value = inline ?? argv[++i];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
      return { ok: false, error: `${flag} needs a value` };
    }
    if (flag === '--workers') {
      if (!/^[1-9]\d{0,2}$/.test(value)) return { ok: false, error: `--workers takes a whole number from 1 to 999, not '${value}'` };
      args.workers = Number(value);
    } else if (flag === '--seeds') args.seedsDir = value;
    else if (flag === '--cache') args.cacheDir = value;
    else args.outFile = value;
  }
  return { ok: true, args };
}

function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}
