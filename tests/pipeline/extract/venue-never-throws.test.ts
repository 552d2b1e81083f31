import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDateline } from '../../../src/pipeline/extract/dateline.ts';
import { extractWhere } from '../../../src/pipeline/extract/extract-where.ts';
import { Venue } from '../../../src/schema/dataset.ts';
import { bodyOf } from './helpers.ts';
import { venueGazetteer } from './venue-gazetteer.ts';
import { analyzeRelease } from '../../../src/pipeline/extract/analyze-release.ts';

// Venue extraction has no catch-all around the gazetteer: whatever the text, neither may throw, and
// every venue must be valid and point into the text.
const WORDS = ['held', 'in', 'at', 'the', 'Osh', 'Almaty', 'and', ',', 'district', 'of', 'Lagodekhi', 'region', 'regions',
  'visited', 'visit', 'to', 'Poland', 'throughout', 'country', 'border', 'crossing', 'point', 'between', 'Vushtrri/Vučitrn',
  'Lake', 'capital', 'town', '(', ')', 'Kazakhstan', '“', '”', 'on', '5', 'May', '2015', '.', '\n', 'OSH, 1 June 2015 –'];

describe('extractWhere on any text', () => {
  it('never throws and gives valid venues whose spans lie in the text', () => {
    const text = fc.oneof(fc.string({ maxLength: 300 }), fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((w) => `T\n${w.join(' ')}`));
    fc.assert(
      fc.property(text, (t) => {
        const where = extractWhere(analyzeRelease(t), extractDateline(t), bodyOf(t), venueGazetteer);
        for (const v of where.venues) {
          expect(Venue.safeParse(v).success).toBe(true);
          if (v.span) expect(v.span.end).toBeLessThanOrEqual(t.length);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never throws in the gazetteer, whatever the name and hints', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }), (name, countryCodes) => {
        venueGazetteer.geocode(name, { countryCodes });
      }),
      { numRuns: 400 },
    );
  });
});
