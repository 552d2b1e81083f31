import { describe, expect, it } from 'vitest';
import { namedOrganizers } from '../../../src/app/features/details/named-organizers.ts';

const at = (start: number) => ({ start, end: start + 10 });
const bodies = [
  { id: 'the-atlas-programme-office-in-lakeview', name: 'Atlas Programme Office in Lakeview', variants: ['Atlas Programme Office in Lakeview', 'Atlas Centre in Lakeview'] },
  { id: 'us-embassy-in-ruritania', name: 'United States Embassy in Ruritania', variants: ['United States Embassy in Ruritania', 'US Embassy in Ruritania', 'U.S. Embassy in Ruritania'] },
  { id: 'harbour-guild', name: 'Harbour Guild', variants: ['Harbour Guild'] },
];

// A mention as the build writes it: with the id of the merged body the name was listed under.
const written = (name: string, start: number, countryCode: string | null = null) => {
  const body = bodies.find((b) => b.variants.includes(name));
  return { name, countryCode, span: at(start), ...(body ? { bodyId: body.id } : {}) };
};

describe('namedOrganizers', () => {
  it('names each organiser as the build merged it, with the spelling the release used when it differs', () => {
    expect(namedOrganizers([written('Atlas Centre in Lakeview', 5), written('Harbour Guild', 40), written('US Embassy in Ruritania', 70, 'US')], bodies)).toEqual([
      { name: 'Atlas Programme Office in Lakeview', written: ['Atlas Centre in Lakeview'], alsoAsNamed: false, countryCode: null, spans: [at(5)] },
      { name: 'Harbour Guild', written: [], alsoAsNamed: true, countryCode: null, spans: [at(40)] },
      { name: 'United States Embassy in Ruritania', written: ['US Embassy in Ruritania'], alsoAsNamed: false, countryCode: 'US', spans: [at(70)] },
    ]);
  });

  it('lists a body once when the release names it two ways, keeping every span', () => {
    expect(namedOrganizers([written('U.S. Embassy in Ruritania', 5, 'US'), written('United States Embassy in Ruritania', 50, 'US'), written('US Embassy in Ruritania', 90, 'US')], bodies)).toEqual([
      { name: 'United States Embassy in Ruritania', written: ['U.S. Embassy in Ruritania', 'US Embassy in Ruritania'], alsoAsNamed: true, countryCode: 'US', spans: [at(5), at(50), at(90)] },
    ]);
  });

  it('keeps a spelling no body lists as written (nothing is merged in the app)', () => {
    expect(namedOrganizers([written('Atlas Centre in Hillside', 5)], bodies)).toEqual([
      { name: 'Atlas Centre in Hillside', written: [], alsoAsNamed: true, countryCode: null, spans: [at(5)] },
    ]);
  });

  it('follows the body id the build carried, never the name (a stale or shared spelling names no other body)', () => {
    expect(namedOrganizers([{ name: 'Lakeview Atlas office', countryCode: null, span: at(5), bodyId: 'the-atlas-programme-office-in-lakeview' }], bodies)).toEqual([
      { name: 'Atlas Programme Office in Lakeview', written: ['Lakeview Atlas office'], alsoAsNamed: false, countryCode: null, spans: [at(5)] },
    ]);
    expect(namedOrganizers([{ name: 'Atlas Centre in Lakeview', countryCode: null, span: at(5) }], bodies)).toEqual([
      { name: 'Atlas Centre in Lakeview', written: [], alsoAsNamed: true, countryCode: null, spans: [at(5)] },
    ]);
  });
});
