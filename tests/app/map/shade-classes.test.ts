import { describe, expect, it } from 'vitest';
import { NO_EVENTS_FILL, SHADES, shadeClasses } from '../../../src/app/features/map/countries/shade-classes.ts';

describe('shadeClasses', () => {
  it('derives up to five classes with readable breaks from the counts', () => {
    const shading = shadeClasses([1, 1, 2, 3, 5, 8, 12, 40]);
    expect(shading.classes.map((c) => c.label)).toEqual(['1–2', '3–4', '5–10', '11+']);
    expect(shading.classes.at(-1)).toMatchObject({ min: 11, max: 40 });
  });

  it('runs from the lightest to the darkest shade and gives each count its class colour', () => {
    const shading = shadeClasses([1, 1, 2, 3, 5, 8, 12, 40]);
    expect(shading.classes[0]?.color).toBe(SHADES[0]);
    expect(shading.classes.at(-1)?.color).toBe(SHADES[SHADES.length - 1]);
    expect(shading.colorFor(4)).toBe(shading.classes[1]?.color);
    expect(shading.colorFor(11)).toBe(shading.classes[3]?.color);
    expect(shading.colorFor(1000)).toBe(shading.classes[3]?.color);
    expect(shading.colorFor(0)).toBe(NO_EVENTS_FILL);
  });

  it('names a single class by its one value and has no classes without counts', () => {
    expect(shadeClasses([1, 1, 1]).classes.map((c) => c.label)).toEqual(['1']);
    expect(shadeClasses([0]).classes).toEqual([]);
  });

  it('rounds large breaks down to round numbers', () => {
    const counts = Array.from({ length: 100 }, (_, i) => (i + 1) * 7);
    const mins = shadeClasses(counts).classes.map((c) => c.min);
    expect(mins[0]).toBe(1);
    for (const m of mins.slice(1)) expect(String(m - 1)).toMatch(/^(10|15|20|25|30|40|50|75)0*$/);
    expect(mins).toEqual([...mins].sort((a, b) => a - b));
  });
});
