import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeInts, decodeStarts, encodeInts, encodeStarts } from '../../src/schema/int-list-codec.ts';

describe('int-list-codec', () => {
  it('reads back any list of integers from 0 to 2^31 - 1, small ones one character each', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 0x7fffffff })), (values) => {
      expect(Array.from(decodeInts(encodeInts(values)))).toEqual(values);
    }));
    expect(encodeInts([0, 1, 31])).toHaveLength(3);
    expect(encodeInts([32])).toHaveLength(2);
    expect(encodeInts([])).toBe('');
  });

  it('writes rows\' starts as their sizes and reads the starts back', () => {
    fc.assert(fc.property(fc.array(fc.nat(1000)), (sizes) => {
      const start = [0];
      for (const size of sizes) start.push(start.at(-1)! + size);
      expect(Array.from(decodeStarts(encodeStarts(start)))).toEqual(start);
    }));
    expect(Array.from(decodeStarts(''))).toEqual([0]);
  });

  it('refuses what it cannot write or read', () => {
    expect(() => encodeInts([-1])).toThrow(/-1 at 0/);
    expect(() => encodeInts([1.5])).toThrow(/1.5/);
    expect(() => encodeStarts([1, 2])).toThrow(/start at 0/);
    expect(() => decodeInts('A!')).toThrow("not a digit: '!' at 1");
    expect(() => decodeInts('g')).toThrow('the last value is cut off');
    expect(() => decodeInts('gggggggB')).toThrow(/over 2\^31 - 1/);
  });
});
