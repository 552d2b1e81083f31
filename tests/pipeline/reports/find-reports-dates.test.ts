// Two runs of one course in adjoining weeks, in one town, by one organiser, for the same countries,
// are two events: days that only touch are no sign of one event; days that overlap are.
import { describe, expect, it } from 'vitest';
import { findReports } from '../../../src/pipeline/reports/find-reports.ts';
import type { ReportPrint } from '../../../src/pipeline/reports/report-print.ts';
import { textSketch } from '../../../src/pipeline/reports/text-sketch.ts';

function print(id: string, from: string, to: string, body: string, subject: string[]): ReportPrint {
  return {
    id, file: `${id}.txt`, publishedDate: null, places: [{ geonameId: 1, countryCode: 'MK', countryLevel: false }], from, to, days: null,
    organizers: ['osce mission'], participants: ['AL', 'MK'], experts: [], topics: ['cybercrime'], kind: 'seminar', audience: [], subject, sketch: textSketch(body), textHash: id,
  };
}

// Subjects that share two words of thirteen: neither the same subject nor another one.
const shared = ['course', 'days'];
const first = print('a', '2024-12-10', '2024-12-14', 'Prosecutors from the region met in the capital for five days of a course on seizing digital evidence held on servers abroad.', [...shared, 'abroad', 'capital', 'digital', 'evidence', 'held', 'met', 'prosecutors', 'region', 'seizing', 'servers', 'five'].sort());
const next = print('b', '2024-12-15', '2024-12-19', 'Border police officers practised the safe storage of small arms taken at crossings, in a course of five days with drills.', [...shared, 'arms', 'border', 'crossings', 'drills', 'officers', 'police', 'practised', 'safe', 'small', 'storage', 'taken'].sort());

describe('findReports and the days of two releases', () => {
  it('keeps apart two events whose days only touch, though town, organiser, countries and topic agree', () => {
    const found = findReports([first, next]);
    expect(found.groups).toEqual([]);
  });

  it('joins the same two when their days overlap', () => {
    const found = findReports([first, { ...next, from: '2024-12-12', to: '2024-12-14' }]);
    expect(found.groups).toEqual([['a', 'b']]);
    expect(found.joins.get('a\0b')?.evidence.map((e) => e.feature)).toContain('dates-overlap');
  });
});
