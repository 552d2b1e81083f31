// A fixed locale, so "100,000" reads the same on every machine and in every test.
const NUMBER = new Intl.NumberFormat('en-GB');

/** 100000 → "100,000": counts run to six digits with a large dataset. */
export function formatCount(n: number): string {
  return NUMBER.format(n);
}
