import { describe, expect, it } from 'vitest';
import { findRegion, REGION_TABLE } from '../../../src/pipeline/lexicon/regions.ts';

describe('findRegion', () => {
  it('finds a region by its name or another spelling, in the country given', () => {
    expect(findRegion('Sogd', 'TJ')).toMatchObject({ name: 'Sughd', countryCode: 'TJ' });
    expect(findRegion('issyk kul', null)).toMatchObject({ name: 'Issyk-Kul', countryCode: 'KG' });
    expect(findRegion('Sughd', 'KG')).toBeNull();
    expect(findRegion('Atlantis', null)).toBeNull();
  });

  it('holds rows with a real country code and a point inside Central Asia', () => {
    for (const [country, , , lat, lon] of REGION_TABLE) {
      expect(country).toMatch(/^[A-Z]{2}$/);
      expect(lat).toBeGreaterThan(35);
      expect(lat).toBeLessThan(56);
      expect(lon).toBeGreaterThan(50);
      expect(lon).toBeLessThan(88);
    }
  });
});
