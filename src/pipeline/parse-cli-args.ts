export interface CliArgs {
  seedsDir: string;
  outFile: string;
  strict: boolean;
  help: boolean;
}

export const USAGE = `usage: npm run data -- [--seeds DIR] [--out FILE] [--strict]
  --seeds DIR   folder of press releases (*.txt); default: seeds
  --out FILE    dataset to write; its JSON Schema goes beside it; default: public/data/dataset.json
  --strict      exit 1 if any seed was rejected (the dataset is still written)`;

/** `--seeds DIR --out FILE --strict` (also `--seeds=DIR`) → options, or a usage error to print. */
export function parseCliArgs(argv: readonly string[]): { ok: true; args: CliArgs } | { ok: false; error: string } {
  const args: CliArgs = { seedsDir: 'seeds', outFile: 'public/data/dataset.json', strict: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = splitFlag(argv[i]!);
    if (flag === '--strict' || flag === '--help' || flag === '-h') {
      if (inline !== undefined) return { ok: false, error: `${flag} takes no value` };
      if (flag === '--strict') args.strict = true;
      else args.help = true;
      continue;
    }
    if (flag !== '--seeds' && flag !== '--out') return { ok: false, error: `unknown argument '${argv[i]}'` };
    const value = inline ?? argv[++i];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
      return { ok: false, error: `${flag} needs a value` };
    }
    if (flag === '--seeds') args.seedsDir = value;
    else args.outFile = value;
  }
  return { ok: true, args };
}

function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}
