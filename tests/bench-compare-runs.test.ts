import { describe, expect, it } from 'vitest';
import type { BenchLine } from '../bench/bench-lines.ts';
import { compareRuns, comparisonLines, exitCode, higherIsBetter, interleave, isStep, median } from '../bench/compare-runs.ts';

const run = (figures: Record<string, string>): BenchLine[] =>
  Object.entries(figures).map(([name, v]) => {
    const [value, unit = ''] = v.split(' ');
    return { name, value: value!, unit };
  });

describe('interleave', () => {
  it('alternates baseline and new, baseline first, rounds of each', () => {
    expect(interleave(3)).toEqual(['baseline', 'new', 'baseline', 'new', 'baseline', 'new']);
    expect(interleave(1)).toEqual(['baseline', 'new']);
  });

  it('refuses a number of rounds that is not a whole number ≥ 1', () => {
    expect(() => interleave(0)).toThrow(/rounds/);
    expect(() => interleave(1.5)).toThrow(/rounds/);
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('which way is better, and which figures are steps', () => {
  it('rates (fps, per second, a speed-up, accuracy) are better high; times and sizes low', () => {
    expect(higherIsBetter({ name: 'app.play_fps', unit: 'fps' })).toBe(true);
    expect(higherIsBetter({ name: 'build.releases_per_s', unit: '' })).toBe(true);
    expect(higherIsBetter({ name: 'build.workers_speedup', unit: '' })).toBe(true);
    expect(higherIsBetter({ name: 'extract.field_accuracy_min_n100', unit: '' })).toBe(true);
    expect(higherIsBetter({ name: 'app.filter_p50_ms', unit: 'ms' })).toBe(false);
    expect(higherIsBetter({ name: 'bundle.initial_js_gzip_kb', unit: 'kB' })).toBe(false);
  });

  it('steps are the filter, scrub and search steps and the build time per release', () => {
    for (const name of ['app.filter_p50_ms', 'app.scrub_p95_ms', 'app.filter_list_in_sight_p50_ms', 'app.scrub_latency_p50_ms', 'app.search_keystroke_p50_ms', 'build.ms_per_release']) {
      expect(isStep(name), name).toBe(true);
    }
    for (const name of ['app.first_view_ms', 'app.js_heap_mb', 'app.play_fps', 'build.releases_per_s', 'build.10k_total_s', 'app.filter_p50_ratio_vs_naive', 'app.naive_filter_p50_ms']) {
      expect(isStep(name), name).toBe(false);
    }
  });
});

describe('compareRuns', () => {
  it('gives each side its median and the median of the per-round ratios new ÷ baseline', () => {
    const base = [run({ 'app.filter_p50_ms': '10 ms' }), run({ 'app.filter_p50_ms': '20 ms' }), run({ 'app.filter_p50_ms': '10 ms' })];
    const next = [run({ 'app.filter_p50_ms': '11 ms' }), run({ 'app.filter_p50_ms': '12 ms' }), run({ 'app.filter_p50_ms': '9 ms' })];
    const [c] = compareRuns(base, next);
    // Ratios 1.1, 0.6, 0.9: their median, not the ratio of the medians (11 / 10).
    expect(c).toMatchObject({ name: 'app.filter_p50_ms', unit: 'ms', baseline: 10, new: 11, step: true, higherIsBetter: false });
    expect(c!.ratio).toBeCloseTo(0.9);
    expect(c!.cost).toBeCloseTo(0.9);
    expect(c!.regressed).toBe(false);
  });

  it('a step more than 10 % dearer regresses; exactly 10 % does not', () => {
    const at = (v: string) => [run({ 'build.ms_per_release': v })];
    expect(compareRuns(at('1.0'), at('1.11'))[0]!.regressed).toBe(true);
    expect(compareRuns(at('1.0'), at('1.1'))[0]!.regressed).toBe(false);
    expect(exitCode(compareRuns(at('1.0'), at('1.11')))).toBe(1);
    expect(exitCode(compareRuns(at('1.0'), at('1.1')))).toBe(0);
  });

  it('a rate that falls is a cost that grows: fewer fps is worse, more is better', () => {
    const [fell] = compareRuns([run({ 'app.play_fps': '50 fps' })], [run({ 'app.play_fps': '40 fps' })]);
    expect(fell!.ratio).toBeCloseTo(0.8);
    expect(fell!.cost).toBeCloseTo(1.25);
    const [rose] = compareRuns([run({ 'app.play_fps': '40 fps' })], [run({ 'app.play_fps': '50 fps' })]);
    expect(rose!.cost).toBeCloseTo(0.8);
  });

  it('only steps decide the exit: a heap twice as large is printed but does not fail', () => {
    const c = compareRuns([run({ 'app.js_heap_mb': '40 MB', 'app.scrub_p50_ms': '10 ms' })], [run({ 'app.js_heap_mb': '80 MB', 'app.scrub_p50_ms': '10.5 ms' })]);
    expect(c.map((x) => [x.name, x.regressed])).toEqual([
      ['app.js_heap_mb', false],
      ['app.scrub_p50_ms', false],
    ]);
    expect(exitCode(c)).toBe(0);
  });

  it('a step the new build no longer measures (n/a, a time limit) regresses; a bound on the baseline is left out', () => {
    const c = compareRuns(
      [run({ 'app.filter_p50_ms': '10 ms', 'app.naive_filter_p50_ms': '>10000 ms' })],
      [run({ 'app.filter_p50_ms': '>10000 ms', 'app.naive_filter_p50_ms': '>10000 ms' })],
    );
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ name: 'app.filter_p50_ms', regressed: true });
    expect(exitCode(c)).toBe(1);
  });

  it('prints `name: value unit` lines for both medians and the ratio', () => {
    const c = compareRuns([run({ 'app.filter_p50_ms': '12.5 ms' })], [run({ 'app.filter_p50_ms': '10 ms' })]);
    expect(comparisonLines(c)).toEqual(['baseline.app.filter_p50_ms: 12.50 ms', 'new.app.filter_p50_ms: 10.00 ms', 'ratio.app.filter_p50_ms: 0.800']);
  });
});
