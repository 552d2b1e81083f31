import { describe, expect, it } from 'vitest';
import { decodePositions, encodePositions } from '../../src/schema/posting-codec.ts';

describe('posting codec', () => {
  it('round-trips positions, dense and sparse, small and large gaps', () => {
    const cases = [[], [0], [0, 1, 2, 3], [5], [31], [32], [1023, 1024, 1_000_000], [0, 33_554_431, 33_554_432, 2 ** 31 - 2]];
    for (const positions of cases) expect(Array.from(decodePositions(encodePositions(positions), 2 ** 31 - 1)), JSON.stringify(positions)).toEqual(positions);
  });

  it('spends one character on each event of a term in consecutive events', () => {
    expect(encodePositions([0, 1, 2, 3, 4])).toHaveLength(5);
    expect(encodePositions([100_000])).toHaveLength(4);
  });

  it('round-trips random ascending lists', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let t = 0; t < 50; t++) {
      const positions: number[] = [];
      let p = -1;
      for (let k = 0; k < 200; k++) positions.push((p += 1 + Math.floor(rand() ** 4 * 5000)));
      expect(Array.from(decodePositions(encodePositions(positions), p + 1))).toEqual(positions);
    }
  });

  it('refuses what it cannot encode', () => {
    expect(() => encodePositions([3, 3])).toThrow(/ascending/);
    expect(() => encodePositions([4, 2])).toThrow(/ascending/);
    expect(() => encodePositions([-1])).toThrow(/ascending/);
    expect(() => encodePositions([1.5])).toThrow(/ascending/);
  });

  it('throws on a character outside the alphabet, a cut-off group or a position past the events', () => {
    expect(() => decodePositions('AB!', 10)).toThrow(/not a position digit: '!'/);
    expect(() => decodePositions('g', 10)).toThrow(/cut off/);
    expect(() => decodePositions(encodePositions([3, 12]), 10)).toThrow(/position 12 is past the 10 events/);
  });
});
