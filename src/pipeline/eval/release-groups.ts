/**
 * The corpus README's groups of releases, by the number a file name starts with: `0NN`/`1NN` the OSCE
 * family, `3NN` and `4NN` publishers worldwide. A file outside them is in no group (but in the total).
 */
export const RELEASE_GROUPS = [
  { name: 'OSCE family (0NN, 1NN)', test: (file: string) => /^[01]\d\d_/.test(file) },
  { name: 'worldwide (3NN)', test: (file: string) => /^3\d\d_/.test(file) },
  { name: 'worldwide (4NN)', test: (file: string) => /^4\d\d_/.test(file) },
] as const;

/**
 * `--blind 431-440`: releases whose number lies in the range are scored (alone, as a group of their
 * own too) but their misses are never printed, so they stay unread until they are scored last.
 */
export function parseBlindRange(arg: string | undefined): ((file: string) => boolean) | null {
  const m = arg?.match(/^(\d{3})-(\d{3})$/);
  if (!m) return null;
  const [from, to] = [Number(m[1]), Number(m[2])];
  return (file) => {
    const n = Number(file.match(/^(\d{3})_/)?.[1] ?? NaN);
    return n >= from && n <= to;
  };
}
