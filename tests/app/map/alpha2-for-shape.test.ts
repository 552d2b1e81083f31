import { describe, expect, it } from 'vitest';
import { alpha2ForShape } from '../../../src/app/features/map/countries/alpha2-for-shape.ts';
import { ISO_NUMERIC_TO_ALPHA2 } from '../../../src/app/features/map/countries/iso-numeric-to-alpha2.ts';

describe('alpha2ForShape', () => {
  it('maps ISO numeric ids, with or without leading zeros', () => {
    expect(alpha2ForShape('398', 'Kazakhstan')).toBe('KZ');
    expect(alpha2ForShape('004', 'Afghanistan')).toBe('AF');
    expect(alpha2ForShape(4, 'Afghanistan')).toBe('AF');
    expect(alpha2ForShape('643', 'Russia')).toBe('RU');
  });

  it('finds shapes without a numeric id by name (Kosovo is XK)', () => {
    expect(alpha2ForShape(undefined, 'Kosovo')).toBe('XK');
    expect(alpha2ForShape(undefined, 'Somaliland')).toBe('SO');
    expect(alpha2ForShape(undefined, 'Siachen Glacier')).toBeNull();
  });

  it('has one distinct, well-formed code per id', () => {
    const codes = Object.values(ISO_NUMERIC_TO_ALPHA2);
    expect(new Set(codes).size).toBe(codes.length);
    for (const [id, code] of Object.entries(ISO_NUMERIC_TO_ALPHA2)) {
      expect(id).toMatch(/^\d{3}$/);
      expect(code).toMatch(/^[A-Z]{2}$/);
    }
  });
});
