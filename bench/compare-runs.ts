// The pure half of `npm run bench -- --baseline REF`: the order the two builds are measured in, and
// the comparison of their figures (medians, median ratio, which way is better, the exit decision).
import type { BenchLine } from './bench-lines.ts';

export type Side = 'baseline' | 'new';

/** A step's median cost may grow by at most this much against the baseline. */
export const STEP_RATIO_LIMIT = 1.1;

/**
 * Baseline, new, baseline, new, …: `rounds` of each, alternating, so a slow spell of this shared
 * machine falls on both sides rather than on one.
 */
export function interleave(rounds: number): Side[] {
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`rounds must be a whole number ≥ 1, got ${rounds}`);
  return Array.from({ length: rounds * 2 }, (_, i) => (i % 2 === 0 ? 'baseline' : 'new'));
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Whether a figure is better high (frames per second, releases per second, a speed-up, accuracy)
 * or low (times, sizes, memory: everything else).
 */
export function higherIsBetter(line: Pick<BenchLine, 'name' | 'unit'>): boolean {
  return line.unit === 'fps' || /(_per_s|_speedup|accuracy)/.test(line.name);
}

/**
 * The figures a change must not make dearer by more than STEP_RATIO_LIMIT: what a person waits for
 * at each step. The app's filter and scrub steps (work at p50 and p95, with the list below the fold
 * and in sight, and wall-clock latency at p50), a search keystroke (p50), and the build's time per
 * release. Other figures (first view, heap, bundle, rebuild) are compared and printed, not gated.
 */
export function isStep(name: string): boolean {
  return (
    /^app\.(filter|scrub)(_list_in_sight)?_p(50|95)_ms$/.test(name) ||
    /^app\.(filter|scrub)_latency_p50_ms$/.test(name) ||
    name === 'app.search_keystroke_p50_ms' ||
    name === 'build.ms_per_release'
  );
}

export interface Comparison {
  name: string;
  unit: string;
  baseline: number;
  new: number;
  /** Median over rounds of new ÷ baseline, each round's pair measured back to back. */
  ratio: number;
  /**
   * The same ratio turned so that above 1 is worse: `ratio` for a time, 1 ÷ `ratio` for a rate.
   * (With an odd number of rounds the median of the reciprocals is the reciprocal of the median.)
   */
  cost: number;
  higherIsBetter: boolean;
  step: boolean;
  /** A step whose cost is above STEP_RATIO_LIMIT. */
  regressed: boolean;
}

/** A figure's value when it is a plain number (not a bound like `>10000`, not n/a). */
function valueOf(line: BenchLine): number | null {
  if (!/^-?\d+(\.\d+)?$/.test(line.value)) return null;
  return Number(line.value);
}

/**
 * Pairs round i of the baseline with round i of the new build and compares every figure both sides
 * printed as a plain number in every round, in the order they were printed. A step the baseline
 * measured in every round and the new build did not (n/a, a time limit hit, missing) counts as
 * regressed; other figures missing on either side are left out.
 */
export function compareRuns(baselineRuns: readonly (readonly BenchLine[])[], newRuns: readonly (readonly BenchLine[])[]): Comparison[] {
  const rounds = Math.min(baselineRuns.length, newRuns.length);
  if (rounds === 0) return [];
  const byName = (run: readonly BenchLine[]) => new Map(run.map((l) => [l.name, l]));
  const base = baselineRuns.slice(0, rounds).map(byName);
  const next = newRuns.slice(0, rounds).map(byName);
  const lines = new Map<string, BenchLine>();
  for (const run of [...newRuns.slice(0, rounds), ...baselineRuns.slice(0, rounds)]) for (const l of run) if (!lines.has(l.name)) lines.set(l.name, l);
  const out: Comparison[] = [];
  for (const line of lines.values()) {
    const numbers = (runs: Map<string, BenchLine>[]) => runs.map((run) => {
      const l = run.get(line.name);
      return l ? valueOf(l) : null;
    });
    const b = numbers(base);
    const n = numbers(next);
    const higher = higherIsBetter(line);
    const step = isStep(line.name);
    const complete = (xs: (number | null)[]): xs is number[] => xs.every((x) => x !== null);
    if (!complete(b)) continue;
    if (!complete(n)) {
      if (step) out.push({ name: line.name, unit: line.unit, baseline: median(b), new: NaN, ratio: Infinity, cost: Infinity, higherIsBetter: higher, step, regressed: true });
      continue;
    }
    // A zero baseline has no ratio; equal zeros are no change.
    const ratios = b.map((bv, r) => (bv === 0 ? (n[r] === 0 ? 1 : Infinity) : n[r]! / bv));
    const cost = median(ratios.map((r) => (higher ? 1 / r : r)));
    out.push({
      name: line.name,
      unit: line.unit,
      baseline: median(b),
      new: median(n),
      ratio: median(ratios),
      cost,
      higherIsBetter: higher,
      step,
      regressed: step && cost > STEP_RATIO_LIMIT,
    });
  }
  return out;
}

/** 1 when a step regressed (see compareRuns), else 0. */
export function exitCode(comparisons: readonly Comparison[]): 0 | 1 {
  return comparisons.some((c) => c.regressed) ? 1 : 0;
}

const fmt = (x: number) => (!Number.isFinite(x) ? String(x) : Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toPrecision(3));

/** `name: value unit` lines: each figure's median on both sides and the median ratio new ÷ baseline. */
export function comparisonLines(comparisons: readonly Comparison[]): string[] {
  return comparisons.flatMap((c) => {
    const unit = c.unit ? ` ${c.unit}` : '';
    return [`baseline.${c.name}: ${fmt(c.baseline)}${unit}`, `new.${c.name}: ${fmt(c.new)}${unit}`, `ratio.${c.name}: ${c.ratio.toFixed(3)}`];
  });
}

/** One line per figure for a person: both medians, the ratio, which way is better, and the verdict for steps. */
export function comparisonSummary(c: Comparison): string {
  const better = c.higherIsBetter ? 'higher is better' : 'lower is better';
  const verdict = c.step ? (c.regressed ? ` STEP REGRESSED (cost ×${c.cost.toFixed(3)} > ×${STEP_RATIO_LIMIT})` : ' step ok') : '';
  return `${c.name}: ${fmt(c.baseline)} → ${fmt(c.new)}${c.unit ? ` ${c.unit}` : ''}, ×${c.ratio.toFixed(3)} (${better})${verdict}`;
}
