import { describe, expect, it } from 'vitest';
import { unwrapAntimeridian, unwrapRing } from '../../../src/app/features/map/countries/unwrap-antimeridian.ts';

describe('unwrapRing', () => {
  it('continues east past 180 instead of jumping to -180', () => {
    expect(unwrapRing([[178, 65], [180, 66], [-179, 66], [-178, 65], [178, 65]])).toEqual([
      [178, 65], [180, 66], [181, 66], [182, 65], [178, 65],
    ]);
  });

  it('moves a ring that starts on the western side to the east as a whole', () => {
    const ring = unwrapRing([[-179, -16], [179, -16], [179, -17], [-179, -17], [-179, -16]]);
    expect(ring).toEqual([[181, -16], [179, -16], [179, -17], [181, -17], [181, -16]]);
  });

  it('leaves rings that do not cross unchanged', () => {
    const ring = [[10, 0], [20, 0], [20, 10], [10, 0]];
    expect(unwrapRing(ring)).toEqual(ring);
  });
});

describe('unwrapAntimeridian', () => {
  it('keeps a crossing country in one piece, moving its islands just west of -180 east', () => {
    const mainland = [[[170, 60], [180, 60], [-175, 65], [170, 65], [170, 60]]];
    const island = [[[-170, 66], [-169, 66], [-169, 67], [-170, 66]]];
    const [land, isle] = unwrapAntimeridian([mainland, island]);
    expect(land?.[0]?.map((p) => p[0])).toEqual([170, 180, 185, 170, 170]);
    expect(isle?.[0]?.map((p) => p[0])).toEqual([190, 191, 191, 190]);
  });

  it('does not move the western parts of a country that never crosses', () => {
    const alaska = [[[-170, 60], [-160, 60], [-160, 65], [-170, 60]]];
    expect(unwrapAntimeridian([alaska])).toEqual([alaska]);
  });
});
