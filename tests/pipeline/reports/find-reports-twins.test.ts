// Releases alike in everything compared are compared through the first of them only: the groups
// must be those that comparing every candidate pair gives (`foldAlike: false`), and each pair given
// as the reason for a join must be one that comparing would join.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findReports, type HandRule } from '../../../src/pipeline/reports/find-reports.ts';
import type { ReportPrint } from '../../../src/pipeline/reports/report-print.ts';
import { textSketch } from '../../../src/pipeline/reports/text-sketch.ts';

const BODIES = [
  'Customs officers from five countries completed a course on risk analysis at border crossings, run by the regional training centre, and practised profiling of cargo and passengers.',
  'Customs officers from five countries completed a course on risk analysis at border crossings, run by the regional training centre, and practised searches of cargo.',
  'Judges and prosecutors discussed the protection of witnesses in trials of organised crime at a round table, and agreed on a list of recommendations for their ministries.',
  'Short note.',
];
const PLACES: ReportPrint['places'][] = [[], [{ geonameId: 1, countryCode: 'KG', countryLevel: false }], [{ geonameId: null, countryCode: 'KG', countryLevel: true }], [{ geonameId: 2, countryCode: 'TJ', countryLevel: false }]];
const DATES: [string | null, string | null][] = [[null, null], ['2024-03-11', '2024-03-15'], ['2024-03-15', '2024-03-15'], ['2024-04-01', '2024-04-02']];
const SUBJECTS = [['analysis', 'border', 'customs', 'risk'], ['judges', 'trials', 'witnesses'], []];

const printArb = fc.record({
  body: fc.integer({ min: 0, max: BODIES.length - 1 }),
  place: fc.integer({ min: 0, max: PLACES.length - 1 }),
  dates: fc.integer({ min: 0, max: DATES.length - 1 }),
  organizers: fc.constantFrom<string[]>([], ['osce'], ['unodc']),
  participants: fc.constantFrom<string[]>([], ['KG'], ['KG', 'TJ']),
  subject: fc.integer({ min: 0, max: SUBJECTS.length - 1 }),
  copies: fc.integer({ min: 1, max: 6 }),
});

type Spec = typeof printArb extends fc.Arbitrary<infer T> ? T : never;

function prints(specs: readonly Spec[]): ReportPrint[] {
  const sketches = BODIES.map(textSketch);
  let n = 0;
  return specs.flatMap((s) =>
    Array.from({ length: s.copies }, () => {
      const id = `r${String(n++).padStart(4, '0')}`;
      const [from, to] = DATES[s.dates]!;
      return {
        id, file: `${id}.txt`, publishedDate: null, places: PLACES[s.place]!, from, to, days: null,
        organizers: s.organizers, participants: s.participants, experts: [], topics: [], kind: 'training course', audience: [],
        subject: SUBJECTS[s.subject]!, sketch: sketches[s.body]!, textHash: `${id}-${s.body}`,
      };
    }),
  );
}

describe('findReports with releases alike in everything compared', () => {
  it('finds the groups and joins that comparing every pair finds, whatever the releases', () => {
    fc.assert(
      fc.property(fc.array(printArb, { minLength: 1, maxLength: 8 }), fc.array(fc.tuple(fc.nat(40), fc.nat(40), fc.boolean()), { maxLength: 3 }), (specs, said) => {
        const ps = prints(specs);
        // A person's word on some pairs (kept apart or joined), the same in both runs.
        const rules: HandRule[] = said.filter(([a, b]) => a < ps.length && b < ps.length).map(([a, b, same]) => ({ file: ps[a]!.file, other: ps[b]!.file, same, note: '' }));
        const folded = findReports(ps, rules);
        const compared = findReports(ps, rules, { foldAlike: false });
        expect(folded.groups).toEqual(compared.groups);
        expect(folded.joins.size).toBe(compared.joins.size);
        const byId = new Map(ps.map((p) => [p.id, p]));
        for (const [key, join] of folded.joins) {
          const [a, b] = key.split('\0').map((id) => byId.get(id)!);
          // The same score and evidence as that pair has when every pair is compared.
          const alone = findReports([a!, b!], rules.filter((r) => [a!.file, b!.file].includes(r.file) && [a!.file, b!.file].includes(r.other)), { foldAlike: false });
          expect(alone.joins.get(key)).toEqual(join);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('joins 1,500 copies of one release to the first, and keeps apart a copy a person said is another event', () => {
    const ps = prints([{ body: 0, place: 1, dates: 1, organizers: ['osce'], participants: ['KG'], subject: 0, copies: 1500 }]);
    const found = findReports(ps, [{ file: 'r0007.txt', other: 'r0003.txt', same: false, note: 'a second run of the course' }]);
    expect(found.groups).toHaveLength(1);
    expect(found.groups[0]).toHaveLength(1499);
    expect(found.groups[0]).not.toContain('r0007'); // r0003 joins first (its id is lower), so r0007 cannot;
    expect(found.joins.get('r0000\0r1499')?.evidence.map((e) => e.feature)).toEqual(expect.arrayContaining(['same-text', 'same-town', 'same-dates']));
  });
});
