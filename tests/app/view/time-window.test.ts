import { describe, expect, it } from 'vitest';
import { addMonths, fromDay, toDay } from '../../../src/app/helpers/days.ts';
import { binsFor, clampWindow, countInBins, moveWindow, playStart, resizeWindow, stepDay, stepWindow, viewFromWindow, windowFromView } from '../../../src/app/view/time-window.ts';

const d = { min: toDay('2014-11-03'), max: toDay('2015-04-03') };

describe('days', () => {
  it('round-trips dates through day numbers whatever the time zone', () => {
    expect(fromDay(toDay('2016-02-29'))).toBe('2016-02-29');
    expect(toDay('1970-01-02')).toBe(1);
  });
  it('adds months, clamping to the month end', () => {
    expect(fromDay(addMonths(toDay('2015-01-31'), 1))).toBe('2015-02-28');
    expect(fromDay(addMonths(toDay('2015-03-31'), -1))).toBe('2015-02-28');
  });
});

describe('time window', () => {
  it('clamps to the domain and orders the edges', () => {
    expect(clampWindow({ from: d.max + 10, to: d.min - 10 }, d)).toEqual({ from: d.min, to: d.max });
  });
  it('moves keeping its width and stops at the edges', () => {
    expect(moveWindow({ from: d.min, to: d.min + 10 }, 5, d)).toEqual({ from: d.min + 5, to: d.min + 15 });
    expect(moveWindow({ from: d.min, to: d.min + 10 }, 10_000, d)).toEqual({ from: d.max - 10, to: d.max });
    expect(moveWindow({ from: d.min + 3, to: d.min + 10 }, -100, d)).toEqual({ from: d.min, to: d.min + 7 });
  });
  it('resizes an edge without letting the start pass the end', () => {
    expect(resizeWindow({ from: d.min + 5, to: d.min + 10 }, 'from', d.min + 20, d)).toEqual({ from: d.min + 10, to: d.min + 10 });
    expect(resizeWindow({ from: d.min + 5, to: d.min + 10 }, 'to', d.min, d)).toEqual({ from: d.min + 5, to: d.min + 5 });
  });
  it('steps an edge by key: a day, a year, or to the extremes', () => {
    const day = toDay('2015-01-15');
    const long = { min: toDay('2008-01-01'), max: toDay('2020-12-31') };
    expect(stepDay(day, 'ArrowRight', d)).toBe(day + 1);
    expect(stepDay(day, 'ArrowDown', d)).toBe(day - 1);
    expect(fromDay(stepDay(day, 'PageUp', long)!)).toBe('2016-01-15');
    expect(fromDay(stepDay(day, 'PageDown', long)!)).toBe('2014-01-15');
    expect(stepDay(day, 'PageUp', d)).toBe(d.max);
    expect(stepDay(day, 'Home', d)).toBe(d.min);
    expect(stepDay(day, 'End', d)).toBe(d.max);
    expect(stepDay(d.max, 'ArrowRight', d)).toBe(d.max);
    expect(stepDay(day, 'a', d)).toBeNull();
  });
  it('moves the whole window by key, keeping its width: a day, a year, or to an end', () => {
    const long = { min: toDay('2008-01-01'), max: toDay('2020-12-31') };
    const w = { from: toDay('2010-03-01'), to: toDay('2012-02-29') };
    const text = (x: { from: number; to: number } | null) => x && [fromDay(x.from), fromDay(x.to)];
    expect(text(stepWindow(w, 'PageUp', long))).toEqual(['2011-03-01', '2013-02-28']);
    expect(text(stepWindow(w, 'PageDown', long))).toEqual(['2009-03-01', '2011-02-28']);
    expect(text(stepWindow(w, 'ArrowRight', long))).toEqual(['2010-03-02', '2012-03-01']);
    expect(text(stepWindow(w, 'End', long))).toEqual(['2019-01-01', '2020-12-31']);
    expect(text(stepWindow(w, 'Home', long))).toEqual(['2008-01-01', '2009-12-31']);
    expect(stepWindow(w, 'a', long)).toBeNull();
    // A year past the domain's end: up to the end, the width kept.
    expect(text(stepWindow({ from: toDay('2019-06-01'), to: toDay('2020-06-01') }, 'PageUp', long))).toEqual(['2019-12-31', '2020-12-31']);
  });
  it('maps to and from the URL, leaving out edges at the domain edge', () => {
    expect(windowFromView({ from: null, to: null }, d)).toEqual({ from: d.min, to: d.max });
    expect(viewFromWindow({ from: d.min, to: d.max }, d)).toEqual({ from: null, to: null });
    expect(viewFromWindow({ from: d.min, to: d.min }, d)).toEqual({ from: null, to: '2014-11-03' });
  });
  it('bins by month for the seed span and counts days per bin', () => {
    const { granularity, bins } = binsFor(d);
    expect(granularity).toBe('month');
    expect(bins.map((b) => fromDay(b.start))).toEqual(['2014-11-01', '2014-12-01', '2015-01-01', '2015-02-01', '2015-03-01', '2015-04-01']);
    expect(countInBins([toDay('2014-11-03'), toDay('2015-03-30'), toDay('2015-03-31')], bins)).toEqual([1, 0, 0, 0, 2, 0]);
  });
  it('picks coarser bins for longer spans', () => {
    expect(binsFor({ min: toDay('2010-01-01'), max: toDay('2019-12-31') }).granularity).toBe('quarter');
    expect(binsFor({ min: toDay('1990-01-01'), max: toDay('2019-12-31') }).bins).toHaveLength(30);
  });
  it('starts playing from a narrower window at the start when the window spans everything', () => {
    const w = playStart({ from: d.min, to: d.max }, d);
    expect(w.from).toBe(d.min);
    expect(w.to).toBeLessThan(d.max);
    expect(playStart({ from: d.min + 3, to: d.min + 9 }, d)).toEqual({ from: d.min + 3, to: d.min + 9 });
  });
});
