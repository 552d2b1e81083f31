// A fixed piece of CPU work, timed, so a reader can tell a quiet host from a loaded one: on a
// shared 2-core machine every timing here moved by up to 1.6× within an hour, with the same code.
// The same work takes the same time on the same machine when nothing else competes for it.

/** Median of five runs of sorting 300,000 pseudo-random numbers, in ms. */
export function cpuCheckMs(): number {
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    let seed = 12345;
    const xs = new Float64Array(300_000).map(() => (seed = (seed * 16807) % 2147483647));
    const started = performance.now();
    xs.sort();
    runs.push(performance.now() - started);
  }
  return runs.sort((a, b) => a - b)[2]!;
}
